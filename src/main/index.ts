import { app, BrowserWindow, dialog, session, shell, systemPreferences } from 'electron';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createStudioWindow } from './appWindow';
import { askForMediaAccessOnMac } from './capture/mediaAccess';
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
import { developmentFolder } from './userDataDir';

/** electron-builder's appId: Windows groups the studio's notifications under it. */
const appId = 'com.crosslive.studio';

// electron-vite sets this while `npm start` serves the renderer from Vite.
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const mode = devServerUrl ? 'development' : 'production';
const trustedOrigins = [devServerUrl ? (originOf(devServerUrl) ?? '') : appOrigin].filter(Boolean);

// An unpackaged run keeps its own data, so development never touches a host's real
// database, and `npm start` beside an installed studio is not taken for its second
// instance (the lock below is per userData folder). --user-data-dir still wins.
if (!app.isPackaged && !app.commandLine.hasSwitch('user-data-dir')) {
  app.setPath('userData', join(app.getPath('appData'), developmentFolder));
}
registerAppScheme();
app.enableSandbox();
app.setAppUserModelId(appId);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: StudioServices | undefined;
  const logFile = join(app.getPath('userData'), 'logs', 'main.log');
  const logger = createLogger({ file: logFile });

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  guardAllWebContents({ trustedOrigins, mode, logger: logger.child('security') });

  const start = async (): Promise<void> => {
    logger.info('studio starting', { version: app.getVersion(), mode });
    services = createStudioServices({
      dataDir: app.getPath('userData'),
      trustedOrigins,
      encryptor: keychainEncryptor(),
      system: {
        languages: app.getPreferredSystemLanguages(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        cpuCores: availableParallelism(),
      },
      app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      openExternal: (url) => shell.openExternal(url),
      logger,
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
    bindElectronIpc(services.router, services.events, logger.child('ipc'));
    services.start();
    await askForMediaAccessOnMac(systemPreferences, process.platform, logger.child('media-access'));

    const preload = join(import.meta.dirname, '../preload/index.cjs');
    if (!devServerUrl) serveRenderer(join(import.meta.dirname, '../renderer'));
    const url = devServerUrl ?? `${appOrigin}/index.html`;
    createStudioWindow(preload, url);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createStudioWindow(preload, url);
    });
  };

  // A studio that cannot start says why and quits, rather than running on without a window.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logger.error('studio failed to start', { error: String(error), stack: (error as Error).stack });
      dialog.showErrorBox(
        'CrossLive Studio could not start',
        `${String(error)}\n\nDetails are in ${logFile}.`,
      );
      services?.close();
      void logger.flush().then(() => app.exit(1));
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    services?.close();
    logger.info('studio stopped');
  });
}
