import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Logger } from '../logging/logger';

/**
 * Chrome, Edge or Chromium on this computer, in that order of preference, or
 * undefined. CROSSLIVE_BROWSER names one explicitly.
 */
export function findChromiumBrowser(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const override = env['CROSSLIVE_BROWSER'];
  if (override) return override;
  return candidates(platform, env).find(isExecutable);
}

function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome', 'Microsoft Edge', 'Chromium'].map(
      (name) => `/Applications/${name}.app/Contents/MacOS/${name}`,
    );
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  const names = ['google-chrome', 'google-chrome-stable', 'microsoft-edge', 'chromium', 'chromium-browser'];
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  return names.flatMap((name) => dirs.map((dir) => join(dir, name)));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Linux session with no display cannot show a window. */
export function hasDisplay(platform: NodeJS.Platform = process.platform, env = process.env): boolean {
  return platform !== 'linux' || Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/**
 * Opens the studio as an app window (no tabs, no address bar) in its own
 * profile, so the camera permission it is given stays with the studio and the
 * flags below apply even while the host's everyday browser is running.
 */
export function openAppWindow(browser: string, url: string, profileDir: string, logger: Logger): void {
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      // As Electron's autoplayPolicy does for the studio window: product videos and the mix play unprompted.
      '--autoplay-policy=no-user-gesture-required',
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', (error) => logger.warn('browser did not start', { browser, error: String(error) }));
  child.unref();
}

/** Hands an http(s) link to the OS, as Electron's shell.openExternal does (the caller has checked it). */
export function openInSystemBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const [command, args] =
    platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
      : [platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
