import { z } from 'zod';
import type { JsonResponse } from '../httpJson';
import { PlatformRefusal } from '../platformRefusal';

/**
 * The Data API's error body (https://developers.google.com/youtube/v3/docs/errors):
 * `{ error: { code, message, errors: [{ reason, domain, message }] } }`.
 */
const errorBodySchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    errors: z.array(z.object({ reason: z.string() })).optional(),
  }),
});

/** A failed response as the refusal the host is shown; the quota's at its reset. */
export function youtubeRefusal(response: JsonResponse, quotaResetsAt: number): PlatformRefusal {
  const parsed = errorBodySchema.safeParse(response.body);
  const reason = parsed.success ? (parsed.data.error.errors?.[0]?.reason ?? '') : '';
  const message = `YouTube ${response.status} ${reason}`.trim();
  if (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded')
    return new PlatformRefusal('quotaExhausted', message, quotaResetsAt);
  if (reason === 'liveChatDisabled') return new PlatformRefusal('chatDisabled', message);
  if (reason === 'liveChatEnded') return new PlatformRefusal('chatEnded', message);
  if (reason === 'liveChatNotFound') return new PlatformRefusal('notLive', message);
  if (reason === 'rateLimitExceeded' || response.status === 429)
    return new PlatformRefusal('rateLimited', message);
  if (response.status === 401) return new PlatformRefusal('tokenExpired', message);
  if (response.status === 403) return new PlatformRefusal('forbidden', message);
  return new PlatformRefusal('unreachable', message);
}

/** liveBroadcasts.list: the signed-in channel's broadcast on air, and its chat. */
export const broadcastListSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.string(),
        snippet: z.object({ title: z.string().default(''), liveChatId: z.string().optional() }),
      }),
    )
    .default([]),
});

/** liveChatMessages.list (https://developers.google.com/youtube/v3/live/docs/liveChatMessages/list). */
export const messageListSchema = z.object({
  nextPageToken: z.string().optional(),
  pollingIntervalMillis: z.number().default(5000),
  /** Set once the stream went offline: the chat has ended. */
  offlineAt: z.string().optional(),
  items: z
    .array(
      z.object({
        id: z.string(),
        snippet: z.object({
          type: z.string(),
          displayMessage: z.string().optional(),
          textMessageDetails: z.object({ messageText: z.string() }).optional(),
          superChatDetails: z.object({ userComment: z.string().optional() }).optional(),
        }),
        authorDetails: z.object({ channelId: z.string(), displayName: z.string().default('') }).optional(),
      }),
    )
    .default([]),
});
export type LiveChatMessage = z.infer<typeof messageListSchema>['items'][number];

/** The words of a chat message, when it has any (Super Chats may be just money). */
export function messageText(item: LiveChatMessage): string | undefined {
  const { snippet } = item;
  if (snippet.type === 'textMessageEvent')
    return snippet.textMessageDetails?.messageText ?? snippet.displayMessage;
  if (snippet.type === 'superChatEvent') return snippet.superChatDetails?.userComment || undefined;
  return undefined;
}
