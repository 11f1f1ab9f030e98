import { z } from 'zod';
import { marketIds } from '../markets/markets';

/** The platforms whose chat the studio reads and answers through their own APIs. */
export const chatPlatforms = ['youtube', 'twitch', 'facebook'] as const;
export type ChatPlatform = (typeof chatPlatforms)[number];
export const chatPlatformSchema = z.enum(chatPlatforms);

/**
 * Where a comment came from: the studio's own viewer page (LiveKit), a platform's API, or the
 * loopback bridge that third-party relays post to (TikTok LIVE, which has no comments API).
 */
export const commentSources = ['livekit', ...chatPlatforms, 'bridge'] as const;
export type CommentSource = (typeof commentSources)[number];
export const commentSourceSchema = z.enum(commentSources);

export const isChatPlatform = (source: string): source is ChatPlatform =>
  (chatPlatforms as readonly string[]).includes(source);

const marketOrNone = z.union([z.enum(marketIds), z.literal('')]);
const clientId = z.string().trim().max(256);

/**
 * What the host set up for each platform (plain settings; tokens and the Page token are secrets).
 * `market` is the market the channel sells to, given to its comments (platforms do not say where
 * a viewer is); `enabled` remembers that the host connected it, so a restart reconnects.
 */
export const chatPlatformSettingsSchema = z.object({
  youtube: z.object({
    enabled: z.boolean(),
    /** The host's Google Cloud "Desktop app" OAuth client. */
    clientId,
    market: marketOrNone,
    /** The project's daily YouTube Data API quota (10,000 by default). */
    dailyQuota: z.number().int().min(100).max(10_000_000),
  }),
  twitch: z.object({
    enabled: z.boolean(),
    /** The host's Twitch application (a public client, for the device-code flow). */
    clientId,
    /** The channel to read, by login; empty: the signed-in account's own. */
    channel: z.string().trim().max(25).regex(/^\w*$/),
    market: marketOrNone,
  }),
  facebook: z.object({
    enabled: z.boolean(),
    pageId: z.string().trim().max(64).regex(/^\d*$/),
    /** A live video's id; empty: the Page's live video on air now. */
    liveVideoId: z.string().trim().max(64).regex(/^\d*$/),
    market: marketOrNone,
  }),
});
export type ChatPlatformSettings = z.infer<typeof chatPlatformSettingsSchema>;

export const defaultChatPlatformSettings: ChatPlatformSettings = {
  youtube: { enabled: false, clientId: '', market: '', dailyQuota: 10_000 },
  twitch: { enabled: false, clientId: '', channel: '', market: '' },
  facebook: { enabled: false, pageId: '', liveVideoId: '', market: '' },
};
