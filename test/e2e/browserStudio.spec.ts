import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { makeTempDir } from '../support/tempDir';

const root = join(import.meta.dirname, '../..');
const electronInstalled = existsSync(join(root, 'node_modules/electron/path.txt'));

// What a newcomer does: `npm start`, then the address it prints, in Chromium.
test('npm start brings up the browser studio where Electron is absent, and Ctrl+C ends it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const data = makeTempDir('crosslive-npm-start-');
  const args = ['start', '--', '--no-open', '--port', '0', '--data-dir', data.path];
  // Where Electron's binary exists, `npm start` opens Electron; the browser studio is then asked for.
  if (electronInstalled) args.push('--browser');
  const child = spawn('npm', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const lines: string[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no address within 60 s: ${lines.join(' | ')}`)),
        60_000,
      );
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        const found = /^Studio: (http:\/\/127\.0\.0\.1:\d+\/index\.html#token=[0-9a-f]{48})$/.exec(line)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
    });
    if (!electronInstalled) expect(lines.join('\n')).toContain('Electron is not installed here');

    await page.goto(url);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CrossLive Studio');
    // The token left the address bar as soon as the page had it.
    expect(page.url()).not.toContain('token');
    expect(existsSync(join(data.path, 'studio.sqlite'))).toBe(true);

    // Ctrl+C in the terminal: the whole group gets SIGINT (npm itself ends by that signal), and
    // the studio stops with it: nothing is left listening.
    const exited = once(child, 'exit');
    process.kill(-(child.pid as number), 'SIGINT');
    await Promise.race([
      exited,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('still running 10 s after Ctrl+C')), 10_000),
      ),
    ]);
    await expect
      .poll(
        () =>
          fetch(url).then(
            () => 'answering',
            () => 'stopped',
          ),
        { timeout: 10_000 },
      )
      .toBe('stopped');
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // the group has already gone
      }
    }
    data.remove();
  }
});
