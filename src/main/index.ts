import { app, BrowserWindow, shell, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createStudioWindow } from './appWindow';
import { electronScreenSources } from './capture/electronScreenSources';
import { registerAppScheme, serveRenderer } from './appProtocolHandler';
import { bindElectronIpc } from './ipc/electronIpc';
import { originOf } from './ipc/senderCheck';
import { createLogger } from './logging/logger';
import { showReminderNotification } from './notifications/reminderNotification';
import { appOrigin } from './security/appProtocol';
import { applySessionSecurity, guardAllWebContents } from './security/applySecurity';
import { keychainEncryptor } from './security/keychainEncryptor';
import { createStudioServices, type StudioServices } from './studioServices';

// electron-vite sets this while `npm start` serves the renderer from Vite.
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const mode = devServerUrl ? 'development' : 'production';
const trustedOrigins = [devServerUrl ? (originOf(devServerUrl) ?? '') : appOrigin].filter(Boolean);

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: StudioServices | undefined;
  const logger = createLogger({ file: join(app.getPath('userData'), 'logs', 'main.log') });

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  guardAllWebContents({ trustedOrigins, mode, logger: logger.child('security') });

  void app.whenReady().then(() => {
    logger.info('studio starting', { version: app.getVersion(), mode });
    services = createStudioServices({
      dataDir: app.getPath('userData'),
      trustedOrigins,
      encryptor: keychainEncryptor(),
      system: {
        languages: app.getPreferredSystemLanguages(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
      app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      openExternal: (url) => shell.openExternal(url),
      logger,
      nativeBinding: developmentNativeBinding(),
      screenSources: electronScreenSources,
      resourcesDir: app.isPackaged ? process.resourcesPath : undefined,
      rendererDir: join(import.meta.dirname, '../renderer'),
      devServerOrigin: devServerUrl ? originOf(devServerUrl) : undefined,
      notify: (reminder) => {
        const { language, hostTimeZone } = services?.settings.getAll() ?? {};
        if (language && hostTimeZone)
          showReminderNotification(reminder, { language, timeZone: hostTimeZone });
      },
    });
    const screen = services.screen;
    applySessionSecurity(session.defaultSession, {
      trustedOrigins,
      mode,
      logger: logger.child('security'),
      takeScreenChoice: () => screen.takeChoice(),
    });
    bindElectronIpc(services.router, services.events);
    services.start();

    const preload = join(import.meta.dirname, '../preload/index.cjs');
    if (!devServerUrl) serveRenderer(join(import.meta.dirname, '../renderer'));
    const url = devServerUrl ?? `${appOrigin}/index.html`;
    createStudioWindow(preload, url);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createStudioWindow(preload, url);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    services?.close();
    logger.info('studio stopped');
  });
}

/**
 * Unpackaged runs use the better-sqlite3 addon that scripts/ensure-electron-native.mjs
 * built for Electron's ABI, because node_modules keeps the Node build for tests.
 * Packaged apps get theirs rebuilt by electron-builder.
 */
function developmentNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(
    app.getAppPath(),
    '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  );
  return existsSync(file) ? file : undefined;
}
