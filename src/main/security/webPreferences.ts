/*
 * DO NOT LOOSEN. Every BrowserWindow takes its webPreferences from here; a
 * feature that seems to need one of these off needs a design review instead.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // The compositor must keep its frame rate while the window is covered.
    backgroundThrottling: false,
    // Product videos and the audio mix start with a scene, not with a click.
    autoplayPolicy: 'no-user-gesture-required',
  };
}
