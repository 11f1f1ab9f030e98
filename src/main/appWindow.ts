import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security/webPreferences';

/** The studio's one window: created hidden and shown once painted, so it never flashes white. */
export function createStudioWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    backgroundColor: '#111318',
    title: 'CrossLive Studio',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
