// `npm start`: the Electron studio where Electron's binary is here, else the browser
// studio, with one line saying why. Never a silent failure, never a hung process.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const args = process.argv.slice(2).filter((arg) => arg !== '--browser');
const forceBrowser = process.argv.includes('--browser') || process.env['CROSSLIVE_BROWSER_STUDIO'] === '1';
const shell = process.platform === 'win32';

/** Runs a child with our terminal, passes Ctrl+C on, and exits with its code. */
function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (electronBinary() && !forceBrowser) {
  run(bin('electron-vite'), ['dev']);
} else {
  console.log(
    forceBrowser
      ? 'Starting the browser studio, as asked.'
      : 'Electron is not installed here (its download failed or was skipped), so the studio starts in the browser.',
  );
  const build = spawnSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    shell,
  });
  if (build.status !== 0) {
    console.error('The studio could not be built (see above).');
    process.exit(1);
  }
  run(process.execPath, [join(root, 'out/main/browserStudio.js'), ...args]);
}
