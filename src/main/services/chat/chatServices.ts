import type { ChatPlatform, ChatPlatformSettings } from '../../../shared/chat/chatPlatforms';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { CommentService } from '../comments/commentService';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsService } from '../settings/settingsService';
import type { StudioDatabase } from '../store/database';
import { abortableSleep } from './abortableSleep';
import { ChatCursors } from './chatCursors';
import type { ChatEndpoints } from './chatEndpoints';
import { ChatSupervisor } from './chatSupervisor';
import { FacebookConnector } from './facebook/facebookConnector';
import { TwitchConnector } from './twitch/twitchConnector';
import { YoutubeConnector } from './youtube/youtubeConnector';
import { YoutubeQuota } from './youtube/youtubeQuota';

export interface ChatServicesOptions {
  db: StudioDatabase;
  events: EventHub;
  settings: SettingsService;
  secrets: SecretStore;
  comments: () => CommentService;
  endpoints: ChatEndpoints;
  openExternal(url: string): Promise<void>;
  logger: Logger;
  now: () => number;
}

/** The three platform connectors and their supervisor, built from main's services. */
export function createChatSupervisor(options: ChatServicesOptions): ChatSupervisor {
  const { db, settings, secrets, endpoints, now } = options;
  const platform =
    <P extends ChatPlatform>(p: P) =>
    (): ChatPlatformSettings[P] =>
      settings.getAll().chatPlatforms[p];
  const cursors = new ChatCursors(db);
  const connectors = [
    new YoutubeConnector({
      endpoints,
      settings: platform('youtube'),
      secrets,
      cursors,
      quota: new YoutubeQuota(db, () => platform('youtube')().dailyQuota, now),
      openBrowser: options.openExternal,
      now,
    }),
    new TwitchConnector({ endpoints, settings: platform('twitch'), secrets, now, sleep: abortableSleep }),
    new FacebookConnector({ endpoints, settings: platform('facebook'), secrets, cursors }),
  ];
  return new ChatSupervisor({
    connectors,
    ingest: (comment) => options.comments().ingest(comment),
    enabled: (p) => settings.getAll().chatPlatforms[p].enabled,
    setEnabled: (p, enabled) => {
      const all = settings.getAll().chatPlatforms;
      if (all[p].enabled !== enabled)
        settings.update({ chatPlatforms: { ...all, [p]: { ...all[p], enabled } } });
    },
    onStatus: (statuses) => options.events.emit('chat:onStatus', statuses),
    logger: options.logger,
    now,
    sleep: abortableSleep,
  });
}
