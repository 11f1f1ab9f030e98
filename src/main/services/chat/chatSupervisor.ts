import type { ChatConnectorStatus } from '../../../shared/chat/chatConnectorStatus';
import { chatPlatforms, type ChatPlatform } from '../../../shared/chat/chatPlatforms';
import type { Comment, IncomingComment } from '../../../shared/comments/comment';
import { reconnectPolicies } from '../../../shared/connection/reconnectPolicy';
import { StudioError } from '../../../shared/ipc/errors';
import type { Logger } from '../../logging/logger';
import type { ChatConnector, ConnectorRun } from './chatConnector';
import { PlatformRefusal, needsHost } from './platformRefusal';

/** A platform with no broadcast on air yet is asked again this often: the host may go live any moment. */
const notLiveRetryMs = 15_000;
/** Counters (received, sent) reach the window at most this often; a state change goes at once. */
const countersEveryMs = 500;

export interface ChatSupervisorOptions {
  connectors: readonly ChatConnector[];
  /** Into the comment pipeline; undefined when moderation dropped it or it was seen before. */
  ingest(comment: IncomingComment): Comment | undefined;
  /** Remembers which platforms the host connected, so the next start reconnects them. */
  setEnabled(platform: ChatPlatform, enabled: boolean): void;
  enabled(platform: ChatPlatform): boolean;
  onStatus(statuses: ChatConnectorStatus[]): void;
  logger: Logger;
  now: () => number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const idle = (platform: ChatPlatform): ChatConnectorStatus => ({
  platform,
  state: 'off',
  problem: null,
  account: null,
  retryAt: null,
  received: 0,
  sent: 0,
  quota: null,
  deviceCode: null,
});

/**
 * Runs each connected platform's connector: signs in, reads, and when the platform refuses or the
 * connection drops, says why on its status and tries again with the shared reconnect policy (or at
 * the time the platform gave, a quota's reset). What was received stays received; each connector
 * resumes from its own cursor.
 */
export class ChatSupervisor {
  private readonly statuses = new Map<ChatPlatform, ChatConnectorStatus>(
    chatPlatforms.map((p) => [p, idle(p)]),
  );
  private readonly runs = new Map<ChatPlatform, AbortController>();
  private countersTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ChatSupervisorOptions) {}

  /** Reconnects what the host had connected. */
  start(): void {
    for (const connector of this.options.connectors) {
      if (this.options.enabled(connector.platform)) this.connect(connector.platform);
      else this.patch(connector.platform, { state: connector.signedIn() ? 'off' : 'signedOut' });
    }
  }

  list(): ChatConnectorStatus[] {
    return chatPlatforms.map((p) => this.statuses.get(p) ?? idle(p));
  }

  connect(platform: ChatPlatform): ChatConnectorStatus[] {
    const connector = this.connector(platform);
    this.stopRun(platform);
    this.options.setEnabled(platform, true);
    if (!connector.configured()) {
      this.patch(platform, { state: 'refused', problem: 'notConfigured', retryAt: null });
    } else if (!connector.signedIn()) {
      this.patch(platform, { state: 'signedOut', problem: null, retryAt: null });
    } else {
      const controller = new AbortController();
      this.runs.set(platform, controller);
      void this.keepRunning(connector, controller.signal);
    }
    return this.list();
  }

  disconnect(platform: ChatPlatform): ChatConnectorStatus[] {
    this.stopRun(platform);
    this.options.setEnabled(platform, false);
    const connector = this.connector(platform);
    this.patch(platform, {
      state: connector.signedIn() ? 'off' : 'signedOut',
      problem: null,
      retryAt: null,
      deviceCode: null,
    });
    return this.list();
  }

  /** The platform's own sign-in (a browser consent, a device code), then connected. */
  signIn(platform: ChatPlatform): ChatConnectorStatus[] {
    const connector = this.connector(platform);
    if (!connector.signIn) throw new StudioError('INVALID_PAYLOAD', `${platform} signs in with a secret`);
    if (!connector.configured()) return this.connect(platform);
    this.stopRun(platform);
    const controller = new AbortController();
    this.runs.set(platform, controller);
    this.patch(platform, { state: 'signingIn', problem: null, retryAt: null, deviceCode: null });
    connector
      .signIn({
        signal: controller.signal,
        showCode: (deviceCode) => this.patch(platform, { deviceCode }),
      })
      .then(
        () => {
          if (controller.signal.aborted) return;
          this.patch(platform, { deviceCode: null });
          this.connect(platform);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const problem = error instanceof PlatformRefusal ? error.problem : 'unreachable';
          this.options.logger.warn('sign-in failed', { platform, error: String(error) });
          this.patch(platform, { state: 'refused', problem, deviceCode: null });
        },
      );
    return this.list();
  }

  signOut(platform: ChatPlatform): ChatConnectorStatus[] {
    this.disconnect(platform);
    this.connector(platform).signOut();
    this.patch(platform, { state: 'signedOut', account: null, quota: null });
    return this.list();
  }

  /** A reply to a platform's comment, sent there (CommentService's platformReply). */
  async reply(comment: Comment, text: string, toEveryone: boolean): Promise<void> {
    const platform = chatPlatforms.find((p) => p === comment.source);
    if (!platform || this.statuses.get(platform)?.state !== 'listening') {
      throw new StudioError('CHAT_NOT_CONNECTED', comment.source);
    }
    await this.connector(platform).reply(comment, text, toEveryone);
    this.count(platform, 'sent');
  }

  close(): void {
    for (const platform of chatPlatforms) this.stopRun(platform);
    clearTimeout(this.countersTimer);
  }

  private async keepRunning(connector: ChatConnector, signal: AbortSignal): Promise<void> {
    const { platform } = connector;
    let attempt = 0;
    const run: ConnectorRun = {
      signal,
      take: (comment) => {
        if (this.options.ingest({ ...comment, source: platform })) this.count(platform, 'received');
      },
      listening: (account) => {
        attempt = 0;
        this.patch(platform, { state: 'listening', problem: null, retryAt: null, account });
      },
      report: (patch) => this.patch(platform, patch),
      sleep: this.options.sleep,
    };
    while (!signal.aborted) {
      this.patch(platform, { state: 'connecting' });
      try {
        await connector.run(run);
      } catch (error) {
        if (signal.aborted) break;
        const refusal =
          error instanceof PlatformRefusal ? error : new PlatformRefusal('unreachable', String(error));
        this.options.logger.warn('chat connector refused', {
          platform,
          problem: refusal.problem,
          error: refusal.message,
        });
        if (needsHost(refusal.problem)) {
          this.patch(platform, {
            state: refusal.problem === 'tokenExpired' ? 'signedOut' : 'refused',
            problem: refusal.problem,
            retryAt: null,
          });
          return;
        }
        const backoff = reconnectPolicies.chat.delayMs(attempt++) ?? notLiveRetryMs;
        const delay =
          refusal.retryAt !== undefined
            ? Math.max(refusal.retryAt - this.options.now(), backoff)
            : refusal.problem === 'notLive'
              ? notLiveRetryMs
              : backoff;
        this.patch(platform, {
          state: 'refused',
          problem: refusal.problem,
          retryAt: this.options.now() + delay,
        });
        await this.options.sleep(delay, signal).catch(() => undefined);
      }
    }
  }

  private stopRun(platform: ChatPlatform): void {
    this.runs.get(platform)?.abort();
    this.runs.delete(platform);
  }

  private connector(platform: ChatPlatform): ChatConnector {
    const connector = this.options.connectors.find((c) => c.platform === platform);
    if (!connector) throw new StudioError('NOT_FOUND', `no ${platform} connector`);
    return connector;
  }

  private count(platform: ChatPlatform, counter: 'received' | 'sent'): void {
    const status = this.statuses.get(platform) ?? idle(platform);
    this.statuses.set(platform, { ...status, [counter]: status[counter] + 1 });
    this.countersTimer ??= setTimeout(() => {
      this.countersTimer = undefined;
      this.options.onStatus(this.list());
    }, countersEveryMs);
  }

  private patch(platform: ChatPlatform, patch: Partial<ChatConnectorStatus>): void {
    const status = this.statuses.get(platform) ?? idle(platform);
    this.statuses.set(platform, { ...status, ...patch });
    this.options.onStatus(this.list());
  }
}
