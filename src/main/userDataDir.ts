import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder the product's data lives in; Electron's userData is `<appData>/<productName>`. */
export const productName = 'CrossLive Studio';

/** Where an unpackaged Electron run and the browser studio keep theirs, away from a host's real data. */
export const developmentFolder = `${productName} (development)`;
export const browserFolder = `${productName} (browser)`;

/**
 * The OS's per-user application-data folder, as Electron's `app.getPath('appData')`
 * reports it, for the browser studio that runs without Electron.
 */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env['XDG_CONFIG_HOME'] || join(home, '.config');
}
