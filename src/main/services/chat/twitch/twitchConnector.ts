import type { ChatPlatformSettings } from '../../../../shared/chat/chatPlatforms';
import type { Comment } from '../../../../shared/comments/comment';
import { StudioError } from '../../../../shared/ipc/errors';
import type { SecretStore } from '../../secrets/secretStore';
import type { ChatConnector, ConnectorRun, SignIn } from '../chatConnector';
import type { ChatEndpoints } from '../chatEndpoints';
import { requestJson } from '../httpJson';
import { authorizedJson } from '../oauth/authorizedRequest';
import { deviceCodeSignIn } from '../oauth/deviceCodeSignIn';
import { refreshTokens } from '../oauth/oauthTokens';
import { TokenKeeper } from '../oauth/tokenKeeper';
import { PlatformRefusal } from '../platformRefusal';
import { RecentIds } from '../recentIds';
import { chatMessageEventSchema, type EventSubMessage } from './eventSubMessages';
import { openEventSubSocket, type EventSubSocket } from './eventSubSocket';
import { sendChatSchema, twitchRefusal, usersSchema, validateSchema } from './twitchApi';

/** Reading chat and sending to it as the signed-in user (https://dev.twitch.tv/docs/authentication/scopes/). */
const scopes = 'user:read:chat user:write:chat';
/** Send Chat Message takes at most 500 characters. */
const maxMessage = 500;
/** Twitch allows keepalive + a little for the network before a session counts as gone. */
const keepaliveSlackMs = 3000;

export interface TwitchConnectorOptions {
  endpoints: ChatEndpoints;
  settings: () => ChatPlatformSettings['twitch'];
  secrets: SecretStore;
  now: () => number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/**
 * Twitch chat through EventSub over WebSocket (`channel.chat.message`) and the Send Chat Message
 * API, signed in with the device-code flow: what Twitch recommends over IRC. A `session_reconnect`
 * moves to the new address without losing the subscription; a dropped socket or missed keepalive
 * starts a new session.
 */
export class TwitchConnector implements ChatConnector {
  readonly platform = 'twitch';
  private readonly tokens: TokenKeeper;
  private identity: { broadcasterId: string; senderId: string } | undefined;

  constructor(private readonly options: TwitchConnectorOptions) {
    this.tokens = new TokenKeeper(
      options.secrets,
      'twitch',
      (tokens) =>
        refreshTokens(
          `${options.endpoints.twitchId}/token`,
          tokens,
          { client_id: this.clientId() },
          options.now(),
        ),
      options.now,
    );
  }

  private clientId(): string {
    return this.options.settings().clientId;
  }

  configured(): boolean {
    return this.clientId() !== '';
  }

  signedIn(): boolean {
    return this.tokens.signedIn();
  }

  async signIn({ signal, showCode }: SignIn): Promise<void> {
    const tokens = await deviceCodeSignIn({
      baseUrl: this.options.endpoints.twitchId,
      clientId: this.clientId(),
      scopes,
      onCode: showCode,
      now: this.options.now,
      signal,
      sleep: this.options.sleep,
    });
    this.tokens.save(tokens);
  }

  signOut(): void {
    this.tokens.clear();
  }

  async run(run: ConnectorRun): Promise<void> {
    const me = await this.validate();
    const channel = this.options.settings().channel || me.login;
    const broadcasterId = channel === me.login ? me.user_id : await this.userId(channel);
    this.identity = { broadcasterId, senderId: me.user_id };
    await this.listen(run, broadcasterId, me.user_id, channel);
  }

  private listen(run: ConnectorRun, broadcasterId: string, userId: string, channel: string): Promise<void> {
    const { signal } = run;
    const seen = new RecentIds();
    return new Promise<void>((resolve, reject) => {
      let current: EventSubSocket | undefined;
      let migrating = false;
      let keepalive: NodeJS.Timeout | undefined;
      const end = (error?: PlatformRefusal) => {
        clearTimeout(keepalive);
        current?.close();
        if (error) reject(error);
        else resolve();
      };
      signal.addEventListener('abort', () => end(), { once: true });
      const arm = () => {
        clearTimeout(keepalive);
        const ms = (current?.keepaliveMs ?? 10_000) + keepaliveSlackMs;
        keepalive = setTimeout(
          () => end(new PlatformRefusal('unreachable', 'EventSub keepalive missed')),
          ms,
        );
      };
      // The old socket closing during a move to the new address is expected.
      const lost = (reason: PlatformRefusal) => (migrating ? undefined : end(reason));
      const onMessage = (message: EventSubMessage): void => {
        arm();
        if (!seen.first(message.id)) return;
        if (message.type === 'notification' && message.subscriptionType === 'channel.chat.message') {
          const event = chatMessageEventSchema.safeParse(message.event);
          if (!event.success || !seen.first(`chat:${event.data.message_id}`)) return;
          run.take({
            platformMessageId: event.data.message_id,
            authorId: `twitch:${event.data.chatter_user_id}`,
            authorName: event.data.chatter_user_name,
            text: event.data.message.text,
            market: this.options.settings().market || undefined,
          });
        } else if (message.type === 'session_reconnect' && message.session.reconnect_url) {
          migrating = true;
          openEventSubSocket(message.session.reconnect_url, onMessage, lost, signal).then(
            (next) => {
              const old = current;
              current = next;
              migrating = false;
              old?.close();
              arm();
            },
            (error: unknown) =>
              end(
                error instanceof PlatformRefusal ? error : new PlatformRefusal('unreachable', String(error)),
              ),
          );
        } else if (message.type === 'revocation') {
          end(
            new PlatformRefusal(
              message.status === 'authorization_revoked' ? 'tokenExpired' : 'forbidden',
              `subscription revoked: ${message.status}`,
            ),
          );
        }
      };
      openEventSubSocket(this.options.endpoints.twitchEventSub, onMessage, lost, signal)
        .then(async (socket) => {
          current = socket;
          arm();
          await this.subscribe(socket.sessionId, broadcasterId, userId);
          run.listening(channel);
        })
        .catch((error: unknown) =>
          end(error instanceof PlatformRefusal ? error : new PlatformRefusal('unreachable', String(error))),
        );
    });
  }

  async reply(comment: Comment, text: string, toEveryone: boolean): Promise<void> {
    const identity = this.identity;
    if (!identity) throw new StudioError('CHAT_NOT_CONNECTED', 'twitch');
    let response;
    try {
      response = await this.helix('/chat/messages', {
        method: 'POST',
        body: JSON.stringify({
          broadcaster_id: identity.broadcasterId,
          sender_id: identity.senderId,
          message: [...text].slice(0, maxMessage).join(''),
          // Threaded under the question, so the asker is notified; to everyone: a plain message.
          ...(toEveryone || !comment.platformMessageId
            ? {}
            : { reply_parent_message_id: comment.platformMessageId }),
        }),
      });
    } catch (error) {
      if (error instanceof PlatformRefusal) throw new StudioError('CHAT_REPLY_REFUSED', error.problem);
      throw error;
    }
    const sent = sendChatSchema.safeParse(response.body);
    if (response.status !== 200 || !sent.success || !sent.data.data[0]?.is_sent) {
      const reason = sent.success ? sent.data.data[0]?.drop_reason?.code : undefined;
      throw new StudioError('CHAT_REPLY_REFUSED', reason ?? `Twitch ${response.status}`);
    }
  }

  private async validate() {
    // /validate takes the token as `OAuth <token>`, not as a bearer.
    let token = await this.tokens.accessToken();
    let response = await requestJson(`${this.options.endpoints.twitchId}/validate`, {
      headers: { authorization: `OAuth ${token}` },
    });
    if (response.status === 401) {
      token = await this.tokens.accessToken(token);
      response = await requestJson(`${this.options.endpoints.twitchId}/validate`, {
        headers: { authorization: `OAuth ${token}` },
      });
    }
    if (response.status !== 200) throw twitchRefusal(response);
    const me = validateSchema.safeParse(response.body);
    if (!me.success) throw new PlatformRefusal('unreachable', 'not a validate response');
    return me.data;
  }

  private async userId(login: string): Promise<string> {
    const response = await this.helix(`/users?login=${encodeURIComponent(login)}`, {});
    const user = usersSchema.safeParse(response.body);
    const id = user.success ? user.data.data[0]?.id : undefined;
    if (!id) throw new PlatformRefusal('notConfigured', `no Twitch channel ${login}`);
    return id;
  }

  private async subscribe(sessionId: string, broadcasterId: string, userId: string): Promise<void> {
    const response = await this.helix('/eventsub/subscriptions', {
      method: 'POST',
      body: JSON.stringify({
        type: 'channel.chat.message',
        version: '1',
        condition: { broadcaster_user_id: broadcasterId, user_id: userId },
        transport: { method: 'websocket', session_id: sessionId },
      }),
    });
    // 409: this session already has it (a retried request).
    if (response.status !== 202 && response.status !== 409) throw twitchRefusal(response);
  }

  /** A Helix call; anything but a 2xx (or a 409 the caller wants) is a refusal. */
  private async helix(path: string, init: RequestInit) {
    const response = await authorizedJson(this.tokens, `${this.options.endpoints.twitchApi}${path}`, {
      ...init,
      headers: { 'client-id': this.clientId(), 'content-type': 'application/json' },
    });
    if ((response.status >= 200 && response.status < 300) || response.status === 409) return response;
    throw twitchRefusal(response);
  }
}
