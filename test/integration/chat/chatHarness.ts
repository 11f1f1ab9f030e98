import { vi } from 'vitest';
import type { ChatConnectorStatus } from '../../../src/shared/chat/chatConnectorStatus';
import type { ChatPlatform } from '../../../src/shared/chat/chatPlatforms';
import type { Comment } from '../../../src/shared/comments/comment';
import type { ChatEndpoints } from '../../../src/main/services/chat/chatEndpoints';
import { buildServices } from '../../support/services';
import { createTestEncryptor } from '../../support/testEncryptor';
import type { Encryptor } from '../../../src/main/services/secrets/secretStore';
import { mainCaller } from '../../support/callMain';

const keychains = new Map<string, Encryptor>();

export type Services = ReturnType<typeof buildServices>;

/** Main's real services with the platforms' APIs at local fakes, and what they said. */
export function chatServices(
  dir: string,
  endpoints: Partial<ChatEndpoints>,
  openExternal?: (url: string) => Promise<void>,
  now?: () => number,
) {
  // One keychain per folder: a restart reads the tokens the last run stored.
  const encryptor = keychains.get(dir) ?? createTestEncryptor();
  keychains.set(dir, encryptor);
  const services = buildServices(dir, { chatEndpoints: endpoints, openExternal, encryptor, now });
  const statuses: ChatConnectorStatus[][] = [];
  services.events.connect((event, payload) => {
    if (event === 'chat:onStatus') statuses.push(payload as ChatConnectorStatus[]);
  });
  const status = (platform: ChatPlatform) =>
    services.chat.list().find((s) => s.platform === platform) as ChatConnectorStatus;
  return {
    services,
    statuses,
    status,
    /** Waits until the platform's status matches. */
    until: (platform: ChatPlatform, match: (s: ChatConnectorStatus) => boolean, timeout = 10_000) =>
      vi.waitFor(
        () => {
          const s = status(platform);
          if (!match(s)) throw new Error(`${platform} is ${s.state} (${s.problem ?? ''})`);
          return s;
        },
        { timeout, interval: 20 },
      ),
    /** The comments of one platform, as the studio keeps them. */
    comments: (platform: ChatPlatform): Comment[] =>
      (services.db.prepare('SELECT document FROM comments ORDER BY at').pluck().all() as string[])
        .map((json) => JSON.parse(json) as Comment)
        .filter((c) => c.source === platform),
    call: mainCaller(services),
  };
}
