import { join } from 'node:path';
import { StudioError } from '../shared/ipc/errors';
import { EventHub } from './ipc/eventHub';
import { IpcRouter } from './ipc/router';
import { createSenderCheck } from './ipc/senderCheck';
import type { Logger } from './logging/logger';
import { isSafeExternalUrl } from './security/externalUrls';
import { ScreenCapture, type ScreenSourceProvider } from './services/capture/screenCapture';
import { CatalogService } from './services/catalog/catalogService';
import { MediaLibrary } from './services/media/mediaLibrary';
import { SceneStore } from './services/scenes/sceneStore';
import { SecretStore, type Encryptor } from './services/secrets/secretStore';
import { SettingsService, type SystemPreferences } from './services/settings/settingsService';
import { openDatabase, type StudioDatabase } from './services/store/database';
import { classifyStorageError } from './services/store/storageErrors';

export interface StudioServicesOptions {
  /** The user-data folder: the database lives here. */
  dataDir: string;
  /** Origins whose top frame may call IPC (the app's own protocol, the dev server). */
  trustedOrigins: readonly string[];
  encryptor: Encryptor;
  system: SystemPreferences;
  app: { name: string; version: string; platform: string };
  openExternal(url: string): Promise<void>;
  logger: Logger;
  nativeBinding?: string;
  /** The OS's screens and windows; absent where the browser shows its own picker. */
  screenSources?: ScreenSourceProvider;
}

export interface StudioServices {
  router: IpcRouter;
  events: EventHub;
  db: StudioDatabase;
  settings: SettingsService;
  secrets: SecretStore;
  scenes: SceneStore;
  catalog: CatalogService;
  media: MediaLibrary;
  screen: ScreenCapture;
  close(): void;
}

/**
 * The composition root of main: builds every service from plain dependencies and
 * registers their IPC handlers. Electron's main (index.ts) and the e2e harness
 * both call this, so tests run the same services the app runs.
 */
export function createStudioServices(options: StudioServicesOptions): StudioServices {
  const { logger } = options;
  const db = openDatabase(join(options.dataDir, 'studio.sqlite'), logger.child('store'), {
    nativeBinding: options.nativeBinding,
  });
  const events = new EventHub();
  const router = new IpcRouter({
    isTrustedSender: createSenderCheck(options.trustedOrigins),
    logger: logger.child('ipc'),
    classifyError: classifyStorageError,
  });
  const settings = new SettingsService(db, events, logger.child('settings'));
  settings.initializeFromSystem(options.system);
  const secrets = new SecretStore(db, options.encryptor, logger.child('secrets'));
  const scenes = new SceneStore(db, logger.child('scenes'));
  const catalog = new CatalogService(db, events, logger.child('catalog'));
  const media = new MediaLibrary(db, join(options.dataDir, 'media'), logger.child('media'));
  const screen = new ScreenCapture(options.screenSources, logger.child('screen'));

  router.handle('app:getInfo', () => ({ ...options.app, secretsEncrypted: secrets.encrypted }));
  router.handle('settings:getAll', () => settings.getAll());
  router.handle('settings:update', (patch) => settings.update(patch));
  router.handle('secrets:getStatus', () => secrets.status());
  router.handle('secrets:set', ({ name, value }) => secrets.set(name, value));
  router.handle('secrets:clear', ({ name }) => secrets.clear(name));
  router.handle('shell:openExternal', async ({ url }) => {
    if (!isSafeExternalUrl(url))
      throw new StudioError('INVALID_PAYLOAD', 'Only http(s) links can be opened.');
    await options.openExternal(url);
  });
  router.handle('scenes:getCollection', () => scenes.load());
  router.handle('scenes:saveCollection', (collection) => scenes.save(collection));
  router.handle('catalog:listProducts', () => catalog.list());
  router.handle('catalog:saveProduct', (product) => catalog.save(product));
  router.handle('catalog:deleteProduct', ({ id }) => catalog.remove(id));
  router.handle('media:import', ({ name, mimeType, data }) => media.import(name, mimeType, data));
  router.handle('media:list', () => media.list());
  router.handle('media:read', ({ id }) => media.read(id));
  router.handle('media:delete', ({ id }) => media.delete(id));
  router.handle('capture:listScreenSources', () => screen.list());
  router.handle('capture:chooseScreenSource', (selection) => screen.choose(selection));
  router.handle('capture:openScreenAccessSettings', () => screen.openAccessSettings());

  return {
    router,
    events,
    db,
    settings,
    secrets,
    scenes,
    catalog,
    media,
    screen,
    close: () => db.close(),
  };
}
