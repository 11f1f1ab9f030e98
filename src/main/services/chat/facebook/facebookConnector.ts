import type { ChatPlatformSettings } from '../../../../shared/chat/chatPlatforms';
import type { Comment } from '../../../../shared/comments/comment';
import { StudioError } from '../../../../shared/ipc/errors';
import type { SecretStore } from '../../secrets/secretStore';
import type { ChatConnector, ConnectorRun } from '../chatConnector';
import type { ChatCursors } from '../chatCursors';
import type { ChatEndpoints } from '../chatEndpoints';
import { form, requestJson } from '../httpJson';
import { PlatformRefusal } from '../platformRefusal';
import { RecentIds } from '../recentIds';
import {
  commentFields,
  commentPageSchema,
  graphCommentSchema,
  graphRefusal,
  liveVideosSchema,
  type GraphComment,
} from './graphApi';
import { readLiveCommentStream } from './liveCommentStream';

/** Pages of older comments read when catching up after a drop, at most. */
const catchUpPages = 20;

export interface FacebookConnectorOptions {
  endpoints: ChatEndpoints;
  settings: () => ChatPlatformSettings['facebook'];
  secrets: SecretStore;
  cursors: ChatCursors;
}

/**
 * Facebook Live comments with the Page's token: the live comment stream for each comment as it
 * is written, and, after a drop or a restart, the comments edge from the last one seen, so
 * nothing written meanwhile is missed. Replies are posted as the Page, under the question.
 */
export class FacebookConnector implements ChatConnector {
  readonly platform = 'facebook';
  private videoId: string | undefined;

  constructor(private readonly options: FacebookConnectorOptions) {}

  private token(): string {
    const token = this.options.secrets.get('facebookPageToken');
    if (!token) throw new PlatformRefusal('notConfigured', 'no Page token');
    return token;
  }

  configured(): boolean {
    return (
      this.options.settings().pageId !== '' && this.options.secrets.get('facebookPageToken') !== undefined
    );
  }

  /** The Page token is the sign-in: set or cleared as a secret in Settings. */
  signedIn(): boolean {
    return this.configured();
  }

  signOut(): void {
    this.options.secrets.clear('facebookPageToken');
  }

  async run(run: ConnectorRun): Promise<void> {
    const token = this.token();
    const video = await this.liveVideo(token, run.signal);
    this.videoId = video.id;
    const seen = new RecentIds();
    let newest = this.options.cursors.get('facebook', video.id);
    let lastSaved = 0;
    const take = (raw: unknown) => {
      const parsed = graphCommentSchema.safeParse(raw);
      if (!parsed.success || !seen.first(parsed.data.id)) return;
      const comment = parsed.data;
      if (comment.message.trim()) {
        run.take({
          platformMessageId: comment.id,
          authorId: `facebook:${comment.from?.id ?? `anonymous-${comment.id}`}`,
          authorName: comment.from?.name ?? '',
          text: comment.message,
          market: this.options.settings().market || undefined,
        });
      }
      if (comment.created_time && (!newest || comment.created_time > newest)) {
        newest = comment.created_time;
        // Written at most once a second: a burst of comments is one row update, not hundreds.
        if (Date.now() - lastSaved > 1000) {
          lastSaved = Date.now();
          this.options.cursors.set('facebook', video.id, newest);
        }
      }
    };
    const url = new URL(`${this.options.endpoints.facebookStream}/${video.id}/live_comments`);
    url.search = new URLSearchParams({
      access_token: token,
      comment_rate: 'ten_per_second',
      fields: commentFields,
    }).toString();
    // While catching up, the stream's newer comments wait, so the queue keeps the order they were written in.
    let held: unknown[] | undefined;
    // A catch-up that fails ends the stream: taking the held comments would move the cursor past the gap.
    const stream = new AbortController();
    let catchUpFailure: unknown;
    try {
      await readLiveCommentStream(
        url.toString(),
        (raw) => (held ? held.push(raw) : take(raw)),
        () => {
          run.listening(video.title);
          if (!newest) return;
          // Opened after a drop or a restart: what was written meanwhile comes from the comments edge.
          held = [];
          this.catchUp(video.id, token, newest, take, run.signal).then(
            () => {
              const waiting = held ?? [];
              held = undefined;
              waiting.forEach(take);
            },
            (error: unknown) => {
              catchUpFailure = error;
              stream.abort();
            },
          );
        },
        AbortSignal.any([run.signal, stream.signal]),
      );
    } catch (error) {
      if (catchUpFailure === undefined || run.signal.aborted) throw error;
      throw catchUpFailure instanceof PlatformRefusal
        ? catchUpFailure
        : new PlatformRefusal('unreachable', `catch-up failed: ${String(catchUpFailure)}`);
    } finally {
      if (newest) this.options.cursors.set('facebook', video.id, newest);
    }
  }

  /** The comments edge newest first, back to `since`, taken oldest first. */
  private async catchUp(
    videoId: string,
    token: string,
    since: string,
    take: (comment: GraphComment) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const url = new URL(`${this.options.endpoints.facebookGraph}/${videoId}/comments`);
    url.search = new URLSearchParams({
      access_token: token,
      fields: commentFields,
      order: 'reverse_chronological',
      filter: 'stream',
      live_filter: 'no_filter',
      limit: '100',
    }).toString();
    const missed: GraphComment[] = [];
    let next: string | undefined = url.toString();
    for (let page = 0; next && page < catchUpPages; page++) {
      const response = await requestJson(next, { signal });
      if (response.status !== 200) throw graphRefusal(response);
      const parsed = commentPageSchema.parse(response.body);
      const comments = parsed.data.flatMap((raw) => {
        const comment = graphCommentSchema.safeParse(raw);
        return comment.success ? [comment.data] : [];
      });
      // Same second as the newest seen: taken again and dropped as a duplicate, never missed.
      const recent = comments.filter((c) => !c.created_time || c.created_time >= since);
      missed.push(...recent);
      next = recent.length < comments.length ? undefined : parsed.paging?.next;
    }
    for (const comment of missed.reverse()) take(comment);
  }

  async reply(comment: Comment, text: string, toEveryone: boolean): Promise<void> {
    const videoId = this.videoId;
    if (!videoId) throw new StudioError('CHAT_NOT_CONNECTED', 'facebook');
    // Under the question (its asker is notified), or a comment of the Page's own on the video.
    const target = toEveryone || !comment.platformMessageId ? videoId : comment.platformMessageId;
    const response = await requestJson(`${this.options.endpoints.facebookGraph}/${target}/comments`, {
      method: 'POST',
      body: form({ message: text, access_token: this.options.secrets.get('facebookPageToken') }),
    }).catch((error: unknown) => {
      throw new StudioError('CHAT_REPLY_REFUSED', String(error));
    });
    if (response.status !== 200) throw new StudioError('CHAT_REPLY_REFUSED', graphRefusal(response).problem);
  }

  private async liveVideo(token: string, signal: AbortSignal): Promise<{ id: string; title: string }> {
    const { pageId, liveVideoId } = this.options.settings();
    if (liveVideoId) return { id: liveVideoId, title: liveVideoId };
    const url = new URL(`${this.options.endpoints.facebookGraph}/${pageId}/live_videos`);
    url.search = new URLSearchParams({
      access_token: token,
      broadcast_status: '["LIVE"]',
      fields: 'id,title',
    }).toString();
    const response = await requestJson(url.toString(), { signal });
    if (response.status !== 200) throw graphRefusal(response);
    const live = liveVideosSchema.parse(response.body).data[0];
    if (!live) throw new PlatformRefusal('notLive', 'the Page is not live');
    return { id: live.id, title: live.title ?? live.id };
  }
}
