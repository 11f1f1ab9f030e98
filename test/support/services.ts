import { join } from 'node:path';
import { createMemoryLogger } from '../../src/main/logging/logger';
import type { ScreenSourceProvider } from '../../src/main/services/capture/screenCapture';
import { createStudioServices, type StudioServices } from '../../src/main/studioServices';
import type { SystemPreferences } from '../../src/main/services/settings/settingsService';
import { createTestEncryptor } from './testEncryptor';
import type { ChatEndpoints } from '../../src/main/services/chat/chatEndpoints';
import type { Encryptor } from '../../src/main/services/secrets/secretStore';

const nowhere = 'http://127.0.0.1:9';
const unreachablePlatforms: ChatEndpoints = {
  googleAuthorize: nowhere,
  googleToken: nowhere,
  youtube: nowhere,
  twitchId: nowhere,
  twitchApi: nowhere,
  twitchEventSub: 'ws://127.0.0.1:9',
  facebookGraph: nowhere,
  facebookStream: nowhere,
};

export const testOrigin = 'http://127.0.0.1:5999';
export const trustedSender = { url: `${testOrigin}/index.html`, isMainFrame: true };

/** The real main services over a real SQLite file in `dataDir`. */
export function buildServices(
  dataDir: string,
  overrides: {
    system?: SystemPreferences;
    encryptionAvailable?: boolean;
    /** The same one again, for a restart that reads the secrets written before it. */
    encryptor?: Encryptor;
    origin?: string;
    screenSources?: ScreenSourceProvider;
    now?: () => number;
    /** False: a first start, with the guided setup still to do (else it is done, as for a studio in use). */
    setUp?: boolean;
    onShowEventsFlush?: (rows: number, ms: number) => void;
    /** Local fakes of the platforms' APIs (test/support/platforms). */
    chatEndpoints?: Partial<ChatEndpoints>;
    openExternal?: (url: string) => Promise<void>;
  } = {},
): StudioServices & { logger: ReturnType<typeof createMemoryLogger>; opened: string[] } {
  const logger = createMemoryLogger();
  const opened: string[] = [];
  const services = createStudioServices({
    dataDir,
    trustedOrigins: [overrides.origin ?? testOrigin],
    encryptor: overrides.encryptor ?? createTestEncryptor(overrides.encryptionAvailable ?? true),
    system: overrides.system ?? { languages: ['en-US'], timeZone: 'Europe/Madrid' },
    app: { name: 'CrossLive Studio', version: '0.0.0-test', platform: 'linux' },
    openExternal: async (url) => {
      opened.push(url);
      await overrides.openExternal?.(url);
    },
    logger,
    screenSources: overrides.screenSources,
    now: overrides.now,
    onShowEventsFlush: overrides.onShowEventsFlush,
    // Nothing in a test may reach a real platform: what no fake stands for points nowhere.
    chatEndpoints: { ...unreachablePlatforms, ...overrides.chatEndpoints },
    rendererDir: join(import.meta.dirname, '../../out/renderer'),
  });
  if (overrides.setUp ?? true) services.settings.update({ setupDone: true });
  return Object.assign(services, { logger, opened });
}
