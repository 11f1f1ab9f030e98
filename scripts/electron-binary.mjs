// Where Electron's binary is, if its download ever succeeded: node_modules/electron
// writes path.txt once the archive is unpacked into dist/.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The binary's path, or undefined where Electron was not (or not fully) downloaded. */
export function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

export function electronInstaller() {
  return join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
}
