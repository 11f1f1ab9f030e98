// node_modules/better-sqlite3 stays built for Node, which vitest and the e2e
// harness load. Electron needs the same addon built against its own ABI, so a
// copy is rebuilt once into .electron-native/ and main loads it from there in
// unpackaged runs (`npm start`). electron-builder rebuilds packaged apps itself.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const target = join(root, '.electron-native');
const electronVersion = require('electron/package.json').version;
const addon = join(target, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const stamp = join(target, 'electron-version');

if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) {
  process.exit(0);
}

console.log(`Building better-sqlite3 for Electron ${electronVersion} into .electron-native/ (once)...`);
mkdirSync(join(target, 'node_modules'), { recursive: true });
writeFileSync(join(target, 'package.json'), JSON.stringify({ name: 'electron-native', private: true }));
cpSync(join(root, 'node_modules/better-sqlite3'), join(target, 'node_modules/better-sqlite3'), {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});

const { rebuild } = await import('@electron/rebuild');
try {
  await rebuild({ buildPath: target, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  writeFileSync(stamp, electronVersion);
} catch (error) {
  console.error(
    'Could not build better-sqlite3 for Electron (its headers are downloaded from electronjs.org).',
  );
  console.error(String(error));
  process.exit(1);
}
