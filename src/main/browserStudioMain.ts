/*
 * The browser studio: main's services in a plain Node process, the built renderer
 * on 127.0.0.1, and `window.studio` over an authenticated WebSocket (README,
 * "The browser studio"). For hosts whose computers cannot run Electron, and for
 * `npm start` where Electron's binary could not be downloaded.
 *
 *   node out/main/browserStudio.js [--port 5780] [--data-dir DIR] [--no-open]
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { productName, version } from '../../package.json';
import {
  findChromiumBrowser,
  hasDisplay,
  openAppWindow,
  openInSystemBrowser,
} from './browserStudio/browserLauncher';
import { BrowserStudioServer } from './browserStudio/browserStudioServer';
import { systemLanguages } from './browserStudio/systemLanguages';
import { createLogger } from './logging/logger';
import { createStudioServices } from './studioServices';
import { appDataDir, browserFolder } from './userDataDir';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '5780' },
    'data-dir': { type: 'string' },
    'no-open': { type: 'boolean', default: false },
  },
});

const dataDir = args['data-dir'] ?? join(appDataDir(), browserFolder);
mkdirSync(dataDir, { recursive: true });
// The log file holds everything; the terminal gets the few lines a person reads.
const logger = createLogger({ file: join(dataDir, 'logs', 'main.log'), console: false });

// No OS keychain outside Electron: secrets stay in main, stored unencrypted, and the
// status bar says so (as on Linux without a keyring).
const noKeychain = {
  isEncryptionAvailable: () => false,
  encryptString: (): Buffer => {
    throw new Error('no keychain in the browser studio');
  },
  decryptString: (): string => {
    throw new Error('no keychain in the browser studio');
  },
};

try {
  const server = await BrowserStudioServer.listen({
    rendererDir: join(import.meta.dirname, '../renderer'),
    logger: logger.child('browser-studio'),
    port: Number(args.port),
  });
  logger.info('studio starting', { version, mode: 'browser', dataDir });
  const services = createStudioServices({
    dataDir,
    trustedOrigins: [server.origin],
    encryptor: noKeychain,
    // The browser studio composes in a browser on this computer (npm start opens it here).
    system: {
      languages: systemLanguages(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      cpuCores: availableParallelism(),
    },
    app: { name: productName, version, platform: process.platform },
    openExternal: (url) => openInSystemBrowser(url),
    logger,
    rendererDir: join(import.meta.dirname, '../renderer'),
  });
  server.serve(services.router, services.events);
  services.start();

  console.log(`Studio: ${server.url}`);
  const browser = args['no-open'] || !hasDisplay() ? undefined : findChromiumBrowser();
  if (browser) openAppWindow(browser, server.url, join(dataDir, 'browser-profile'), logger);
  else if (!args['no-open']) console.log('Open that address in Chrome, Edge or Chromium.');

  const stop = (signal: string) => {
    logger.info('studio stopping', { signal });
    services.close();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  logger.error('studio failed to start', { error: String(error) });
  console.error(`The browser studio could not start: ${String(error)} (log: ${join(dataDir, 'logs')})`);
  process.exit(1);
}
