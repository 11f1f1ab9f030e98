// postinstall: downloads Electron's binary with its own installer (Electron 45's
// package has no install script of its own). It honours ELECTRON_MIRROR (README:
// "Installing in mainland China"). Where the download fails, the install still
// succeeds and says in one line what `npm start` will do instead.
import { spawnSync } from 'node:child_process';
import { electronBinary, electronInstaller } from './electron-binary.mjs';

if (!electronBinary() && process.env['ELECTRON_SKIP_BINARY_DOWNLOAD'] !== '1') {
  const install = spawnSync(process.execPath, [electronInstaller()], { encoding: 'utf8', timeout: 600_000 });
  if (!electronBinary()) {
    const output = `${install.stderr ?? ''}${install.stdout ?? ''}`;
    const cause =
      output
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /error|failed/i.test(line)) ?? (install.error ? String(install.error) : 'no binary');
    console.log(
      `Electron could not be downloaded (${cause.slice(0, 160)}); \`npm start\` will open the browser studio instead. ` +
        'Set ELECTRON_MIRROR to a mirror and run `npm run install:electron` to try again.',
    );
  }
}
