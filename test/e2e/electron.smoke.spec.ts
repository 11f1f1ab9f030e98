import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * Electron's binary, or why there is none. `require('electron')` would download
 * it; that is tried once, and where the download is impossible (no GitHub here)
 * the test reports itself skipped with the installer's own words.
 */
function findElectron(): { path?: string; reason?: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const binary = (): string | undefined => {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const file = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(file) ? file : undefined;
  };
  if (binary()) return { path: binary() };
  const install = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const path = binary();
  if (path) return { path };
  const detail =
    `${install.stderr}${install.stdout}`
      .trim()
      .split('\n')
      .find((l) => /error/i.test(l)) ?? '';
  return { reason: `No Electron binary: its download failed here (${detail.slice(0, 200) || 'no output'}).` };
}

test('the real Electron app opens the studio window, sandboxed and isolated', async () => {
  const electronBinary = findElectron();
  test.skip(!electronBinary.path, electronBinary.reason);

  const userData = mkdtempSync(join(tmpdir(), 'crosslive-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary.path,
    args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`, '--no-sandbox'],
  });
  try {
    const studioWindow = await app.firstWindow();
    await expect(studioWindow.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    // With isolation and the sandbox on, the page sees the studio bridge and nothing
    // of Node or the preload's own scope.
    const seen = await studioWindow.evaluate(async () => ({
      url: location.href,
      settings: await window.studio.invoke('settings:getAll'),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(seen).toMatchObject({
      url: 'studio://app/index.html',
      settings: { ok: true },
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
    expect(existsSync(join(userData, 'studio.sqlite'))).toBe(true);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
