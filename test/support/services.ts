import { join } from 'node:path';
import { createMemoryLogger } from '../../src/main/logging/logger';
import type { ScreenSourceProvider } from '../../src/main/services/capture/screenCapture';
import { createStudioServices, type StudioServices } from '../../src/main/studioServices';
import type { SystemPreferences } from '../../src/main/services/settings/settingsService';
import { createTestEncryptor } from './testEncryptor';

export const testOrigin = 'http://127.0.0.1:5999';
export const trustedSender = { url: `${testOrigin}/index.html`, isMainFrame: true };

/** The real main services over a real SQLite file in `dataDir`. */
export function buildServices(
  dataDir: string,
  overrides: {
    system?: SystemPreferences;
    encryptionAvailable?: boolean;
    origin?: string;
    screenSources?: ScreenSourceProvider;
    now?: () => number;
    /** False: a first start, with the guided setup still to do (else it is done, as for a studio in use). */
    setUp?: boolean;
    onShowEventsFlush?: (rows: number, ms: number) => void;
  } = {},
): StudioServices & { logger: ReturnType<typeof createMemoryLogger>; opened: string[] } {
  const logger = createMemoryLogger();
  const opened: string[] = [];
  const services = createStudioServices({
    dataDir,
    trustedOrigins: [overrides.origin ?? testOrigin],
    encryptor: createTestEncryptor(overrides.encryptionAvailable ?? true),
    system: overrides.system ?? { languages: ['en-US'], timeZone: 'Europe/Madrid' },
    app: { name: 'CrossLive Studio', version: '0.0.0-test', platform: 'linux' },
    openExternal: async (url) => {
      opened.push(url);
    },
    logger,
    screenSources: overrides.screenSources,
    now: overrides.now,
    onShowEventsFlush: overrides.onShowEventsFlush,
    rendererDir: join(import.meta.dirname, '../../out/renderer'),
  });
  if (overrides.setUp ?? true) services.settings.update({ setupDone: true });
  return Object.assign(services, { logger, opened });
}
