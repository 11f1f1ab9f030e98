import type { ChatPlatformSettings } from '../../../../shared/chat/chatPlatforms';
import type { Comment } from '../../../../shared/comments/comment';
import { StudioError } from '../../../../shared/ipc/errors';
import type { SecretStore } from '../../secrets/secretStore';
import type { ChatConnector, ConnectorRun, SignIn } from '../chatConnector';
import type { ChatCursors } from '../chatCursors';
import type { ChatEndpoints } from '../chatEndpoints';
import { authorizedJson } from '../oauth/authorizedRequest';
import { loopbackSignIn } from '../oauth/loopbackSignIn';
import { refreshTokens } from '../oauth/oauthTokens';
import { TokenKeeper } from '../oauth/tokenKeeper';
import { PlatformRefusal } from '../platformRefusal';
import { broadcastListSchema, messageListSchema, messageText, youtubeRefusal } from './youtubeApi';
import { youtubeCosts, YoutubeQuota } from './youtubeQuota';

/** Reads and writes live chat as the channel. */
const scope = 'https://www.googleapis.com/auth/youtube.force-ssl';
/** liveChatMessages.insert takes at most 200 characters. */
const maxMessage = 200;

export interface YoutubeConnectorOptions {
  endpoints: ChatEndpoints;
  settings: () => ChatPlatformSettings['youtube'];
  secrets: SecretStore;
  cursors: ChatCursors;
  quota: YoutubeQuota;
  openBrowser(url: string): Promise<void>;
  now: () => number;
}

/**
 * YouTube Live chat through the Data API: the active broadcast's chat polled with
 * liveChatMessages.list at the interval it asks for, or slower when the day's quota must last;
 * the page token kept, so a reconnect or a restart goes on where it stopped.
 */
export class YoutubeConnector implements ChatConnector {
  readonly platform = 'youtube';
  private readonly tokens: TokenKeeper;
  private chat: { id: string; title: string } | undefined;

  constructor(private readonly options: YoutubeConnectorOptions) {
    this.tokens = new TokenKeeper(
      options.secrets,
      'youtube',
      (tokens) => refreshTokens(options.endpoints.googleToken, tokens, this.client(), options.now()),
      options.now,
    );
  }

  private client() {
    return {
      client_id: this.options.settings().clientId,
      client_secret: this.options.secrets.get('youtubeClientSecret'),
    };
  }

  configured(): boolean {
    return this.options.settings().clientId !== '';
  }

  signedIn(): boolean {
    return this.tokens.signedIn();
  }

  async signIn({ signal }: SignIn): Promise<void> {
    const { client_id, client_secret } = this.client();
    const tokens = await loopbackSignIn({
      authorizeUrl: this.options.endpoints.googleAuthorize,
      tokenUrl: this.options.endpoints.googleToken,
      clientId: client_id,
      clientSecret: client_secret,
      scope,
      openBrowser: this.options.openBrowser,
      now: this.options.now,
      signal,
    });
    this.tokens.save(tokens);
  }

  signOut(): void {
    this.tokens.clear();
  }

  async run(run: ConnectorRun): Promise<void> {
    const { quota } = this.options;
    const chat = await this.findChat(run.signal);
    this.chat = chat;
    run.listening(chat.title);
    let pageToken = this.options.cursors.get('youtube', chat.id);
    while (!run.signal.aborted) {
      if (!quota.allows(youtubeCosts.messagesList, quota.replyReserve())) {
        throw new PlatformRefusal('quotaExhausted', 'the day’s quota is spent', quota.resetsAt());
      }
      const url = new URL(`${this.options.endpoints.youtube}/liveChat/messages`);
      url.search = new URLSearchParams({
        liveChatId: chat.id,
        part: 'id,snippet,authorDetails',
        maxResults: '2000',
        ...(pageToken ? { pageToken } : {}),
      }).toString();
      const response = await this.call(url, { signal: run.signal }, youtubeCosts.messagesList);
      const page = messageListSchema.parse(response.body);
      for (const item of page.items) {
        const text = messageText(item);
        if (!text || !item.authorDetails) continue;
        run.take({
          platformMessageId: item.id,
          authorId: `youtube:${item.authorDetails.channelId}`,
          authorName: item.authorDetails.displayName,
          text,
          market: this.options.settings().market || undefined,
        });
      }
      if (page.nextPageToken) {
        pageToken = page.nextPageToken;
        this.options.cursors.set('youtube', chat.id, pageToken);
      }
      if (page.offlineAt) throw new PlatformRefusal('chatEnded', `offline at ${page.offlineAt}`);
      const figures = quota.figures();
      run.report({ quota: figures });
      await run.sleep(Math.max(page.pollingIntervalMillis, figures.pollMs), run.signal);
    }
  }

  async reply(comment: Comment, text: string, toEveryone: boolean): Promise<void> {
    const chat = this.chat;
    if (!chat) throw new StudioError('CHAT_NOT_CONNECTED', 'youtube');
    // YouTube chat has no private messages or threads: a reply to one viewer names them.
    const addressed = toEveryone ? text : `@${comment.author.name} ${text}`;
    const url = new URL(`${this.options.endpoints.youtube}/liveChat/messages`);
    url.searchParams.set('part', 'snippet');
    const body = JSON.stringify({
      snippet: {
        liveChatId: chat.id,
        type: 'textMessageEvent',
        textMessageDetails: { messageText: [...addressed].slice(0, maxMessage).join('') },
      },
    });
    try {
      await this.call(
        url,
        { method: 'POST', body, headers: { 'content-type': 'application/json' } },
        youtubeCosts.messagesInsert,
      );
    } catch (error) {
      if (error instanceof PlatformRefusal) throw new StudioError('CHAT_REPLY_REFUSED', error.problem);
      throw error;
    }
  }

  private async findChat(signal: AbortSignal): Promise<{ id: string; title: string }> {
    const url = new URL(`${this.options.endpoints.youtube}/liveBroadcasts`);
    url.search = new URLSearchParams({ part: 'id,snippet', broadcastStatus: 'active' }).toString();
    const response = await this.call(url, { signal }, youtubeCosts.broadcastsList);
    const live = broadcastListSchema.parse(response.body).items.find((b) => b.snippet.liveChatId);
    if (!live?.snippet.liveChatId) throw new PlatformRefusal('notLive', 'no active broadcast');
    return { id: live.snippet.liveChatId, title: live.snippet.title };
  }

  /** One API call, its cost on the ledger; a refusal as the host will read it. */
  private async call(url: URL, init: RequestInit & { headers?: Record<string, string> }, cost: number) {
    const response = await authorizedJson(this.tokens, url.toString(), init);
    this.options.quota.spend(cost);
    if (response.status >= 200 && response.status < 300) return response;
    const refusal = youtubeRefusal(response, this.options.quota.resetsAt());
    if (refusal.problem === 'quotaExhausted') this.options.quota.exhausted();
    throw refusal;
  }
}
