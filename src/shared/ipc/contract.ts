import { z } from 'zod';
import { liveRequirements } from '../live/liveReadiness';
import { screenSourceListSchema, screenSourceSchema } from '../capture/screenSources';
import { productSchema } from '../catalog/product';
import { maxMediaBytes, mediaAssetSchema, mediaIdSchema } from '../media/mediaAsset';
import { feedInfoSchema, feedSaveRequestSchema, feedStatusSchema } from '../feeds/feed';
import { marketIds } from '../markets/markets';
import {
  obsLinkRequestSchema,
  obsPinsRequestSchema,
  obsSceneRequestSchema,
  obsStateSchema,
  obsStatsSchema,
  obsTransitionRequestSchema,
} from '../obs/obsState';
import { hostAvailabilitySchema } from '../schedule/availability';
import { peakWindowSchema } from '../schedule/peakHours';
import { icsImportRequestSchema, reminderSchema, scheduleStateSchema } from '../schedule/scheduleState';
import { sessionSchema } from '../schedule/session';
import {
  recordingChunkSchema,
  recordingIdSchema,
  recordingInfoSchema,
  recordingStartSchema,
} from '../recording/recording';
import { sceneCollectionSchema } from '../scenes/model';
import {
  bannedViewerSchema,
  commentSchema,
  draftSchema,
  incomingCommentSchema,
  replyRequestSchema,
  replyResultSchema,
} from '../comments/comment';
import { pollCreateSchema, pollVoteSchema } from '../comments/pollRequests';
import { chatConnectorStatusSchema } from '../chat/chatConnectorStatus';
import { chatPlatformSchema } from '../chat/chatPlatforms';
import { pollSchema } from '../live/showData';
import { secretNameSchema, secretStatusSchema } from '../secrets/secretNames';
import { settingsPatchSchema, settingsSchema } from '../settings/settings';
import type { EventChannel, InvokeChannel } from './channels';
import { rendererLogLineSchema } from '../logging/rendererLogLine';
import { outputsEventContract, outputsInvokeContract } from './outputsContract';
import { translationCoverageSchema } from '../comments/translationCoverage';
import { windowEventBatchSchema } from '../analytics/showEvents';
import {
  liveFiguresSchema,
  showInfoSchema,
  showReportSchema,
  showSummarySchema,
} from '../analytics/showReport';

export { eventChannels, invokeChannels, type EventChannel, type InvokeChannel } from './channels';

const showIdRequest = z.object({ id: z.number().int().positive() }).strict();
const feedIdRequest = z.object({ feedId: z.string().min(1).max(64) }).strict();

interface ChannelSchemas {
  request: z.ZodType;
  response: z.ZodType;
}

/**
 * Every IPC channel, `domain:verb`, with its request and response schemas. Main
 * parses requests and responses with these at the boundary; the preload refuses
 * any channel not listed here.
 */
const chatPlatformRequest = z.object({ platform: chatPlatformSchema }).strict();

export const invokeContract = {
  'app:getInfo': {
    request: z.undefined(),
    response: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      /** False where the OS offers no keychain and secrets sit unencrypted on disk. */
      secretsEncrypted: z.boolean(),
      /** True where main shows reminders as system notifications (Electron); else the page does. */
      systemNotifications: z.boolean(),
    }),
  },
  'settings:getAll': {
    request: z.undefined(),
    response: settingsSchema,
  },
  'settings:update': {
    request: settingsPatchSchema,
    response: settingsSchema,
  },
  'secrets:getStatus': {
    request: z.undefined(),
    response: secretStatusSchema,
  },
  'secrets:set': {
    request: z.object({ name: secretNameSchema, value: z.string().min(1).max(4096) }).strict(),
    response: z.void(),
  },
  'secrets:clear': {
    request: z.object({ name: secretNameSchema }).strict(),
    response: z.void(),
  },
  /** One line of the renderer's log, written to main.log beside main's own (rendererLogLine). */
  'log:write': {
    request: rendererLogLineSchema,
    response: z.void(),
  },
  /** Which viewer languages reach the host translated with the chosen service (translationCoverage.ts). */
  'translation:checkCoverage': {
    request: z.undefined(),
    response: translationCoverageSchema,
  },
  'shell:openExternal': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.void(),
  },
  'scenes:getCollection': {
    request: z.undefined(),
    /** null before the first save: the renderer then creates the first scene. */
    response: sceneCollectionSchema.nullable(),
  },
  'scenes:saveCollection': {
    request: sceneCollectionSchema,
    response: z.void(),
  },
  'catalog:listProducts': {
    request: z.undefined(),
    response: z.array(productSchema),
  },
  'catalog:saveProduct': {
    request: productSchema,
    response: z.array(productSchema),
  },
  'catalog:deleteProduct': {
    request: z.object({ id: z.string().min(1).max(64) }).strict(),
    response: z.array(productSchema),
  },
  'media:import': {
    request: z
      .object({
        name: z.string().max(255),
        mimeType: z.string().max(100),
        data: z
          .instanceof(Uint8Array)
          .refine((d) => d.byteLength <= maxMediaBytes.video, { message: 'too large' }),
      })
      .strict(),
    response: mediaAssetSchema,
  },
  'media:list': {
    request: z.undefined(),
    response: z.array(mediaAssetSchema),
  },
  'media:read': {
    request: z.object({ id: mediaIdSchema }).strict(),
    response: z.instanceof(Uint8Array),
  },
  'media:delete': {
    request: z.object({ id: mediaIdSchema }).strict(),
    response: z.void(),
  },
  'capture:listScreenSources': {
    request: z.undefined(),
    response: screenSourceListSchema,
  },
  'capture:chooseScreenSource': {
    request: z
      .object({ id: z.string().max(256).optional(), name: z.string().max(256).optional() })
      .strict()
      .refine((s) => s.id !== undefined || s.name !== undefined, { message: 'id or name' }),
    response: screenSourceSchema,
  },
  'capture:openScreenAccessSettings': {
    request: z.undefined(),
    response: z.void(),
  },
  'schedule:get': {
    request: z.undefined(),
    response: scheduleStateSchema,
  },
  'schedule:saveSession': {
    request: sessionSchema,
    response: scheduleStateSchema,
  },
  'schedule:deleteSession': {
    request: z.object({ id: z.string().min(1).max(64) }).strict(),
    response: scheduleStateSchema,
  },
  'schedule:savePeaks': {
    request: z.object({ market: z.enum(marketIds), windows: z.array(peakWindowSchema).max(24) }).strict(),
    response: scheduleStateSchema,
  },
  'schedule:resetPeaks': {
    request: z.object({ market: z.enum(marketIds) }).strict(),
    response: scheduleStateSchema,
  },
  'schedule:saveAvailability': {
    request: hostAvailabilitySchema,
    response: scheduleStateSchema,
  },
  'schedule:exportIcs': {
    request: z.undefined(),
    response: z.object({ text: z.string() }),
  },
  'schedule:importIcs': {
    request: icsImportRequestSchema,
    response: z.object({ imported: z.number().int(), skipped: z.number().int() }),
  },
  'schedule:refreshTeamCalendar': {
    request: z.undefined(),
    response: scheduleStateSchema,
  },
  'obs:getState': {
    request: z.undefined(),
    response: z.object({ state: obsStateSchema, stats: obsStatsSchema.nullable() }),
  },
  'obs:connect': { request: z.undefined(), response: obsStateSchema },
  'obs:disconnect': { request: z.undefined(), response: obsStateSchema },
  'obs:setProgramScene': { request: obsSceneRequestSchema, response: z.void() },
  'obs:setPreviewScene': { request: obsSceneRequestSchema, response: z.void() },
  'obs:transitionToProgram': { request: z.undefined(), response: z.void() },
  'obs:setStudioMode': { request: z.object({ enabled: z.boolean() }).strict(), response: z.void() },
  'obs:setTransition': { request: obsTransitionRequestSchema, response: z.void() },
  'obs:setStreaming': { request: z.object({ on: z.boolean() }).strict(), response: z.void() },
  'obs:setRecording': { request: z.object({ on: z.boolean() }).strict(), response: z.void() },
  'obs:setPins': { request: obsPinsRequestSchema, response: obsStateSchema },
  'obs:linkScene': { request: obsLinkRequestSchema, response: obsStateSchema },
  'feeds:list': { request: z.undefined(), response: z.array(feedInfoSchema) },
  'feeds:save': { request: feedSaveRequestSchema, response: z.array(feedInfoSchema) },
  'feeds:delete': { request: feedIdRequest, response: z.array(feedInfoSchema) },
  'feeds:open': { request: feedIdRequest, response: z.object({ url: z.string() }) },
  'feeds:reconnect': { request: feedIdRequest, response: z.void() },
  'feeds:getStatuses': { request: z.undefined(), response: z.array(feedStatusSchema) },
  'recording:start': { request: recordingStartSchema, response: recordingInfoSchema },
  'recording:append': { request: recordingChunkSchema, response: recordingInfoSchema },
  'recording:finish': {
    request: z.object({ id: recordingIdSchema }).strict(),
    response: recordingInfoSchema,
  },
  /** A short-lived LiveKit join for the studio or a guest: minted in main or fetched from the token endpoint. */
  'live:createToken': {
    request: z
      .object({
        identity: z.string().min(1).max(128),
        name: z.string().max(128).optional(),
        role: z.enum(['host', 'guest']),
      })
      .strict(),
    response: z.object({ serverUrl: z.string(), token: z.string() }),
  },
  /** Checks the server and the credentials without joining: LiveKit's token validation. */
  'live:readiness': {
    request: z.undefined(),
    response: z.object({ missing: z.array(z.enum(liveRequirements)) }),
  },
  'live:testConnection': {
    request: z.undefined(),
    response: z.object({ serverUrl: z.string(), latencyMs: z.number() }),
  },
  /** The address of the viewer page main serves, for the host to watch the show as viewers do. */
  'live:getViewerPage': { request: z.undefined(), response: z.object({ url: z.string() }) },
  /** A viewer-page link that joins as a guest who may speak (a co-host, a buyer, a speaker). */
  'live:createInvite': {
    request: z.object({ name: z.string().trim().min(1).max(64) }).strict(),
    response: z.object({ url: z.string() }),
  },
  'comments:list': { request: z.undefined(), response: z.array(commentSchema) },
  /** A comment the studio window received (LiveKit chat); main moderates, detects and translates it. */
  'comments:ingest': {
    // The window hears the viewer page alone: a platform's comments come through main's connectors.
    request: incomingCommentSchema.extend({ source: z.literal('livekit') }).omit({ platformMessageId: true }),
    response: commentSchema.nullable(),
  },
  'comments:setAnswered': {
    request: z.object({ id: z.string(), answered: z.boolean() }).strict(),
    response: commentSchema,
  },
  'comments:hide': { request: z.object({ id: z.string() }).strict(), response: commentSchema },
  'comments:ban': { request: z.object({ authorId: z.string() }).strict(), response: z.array(commentSchema) },
  'comments:listBanned': { request: z.undefined(), response: z.array(bannedViewerSchema) },
  /** Takes a viewer's next comments in again; answers the banned viewers left. */
  'comments:unban': {
    request: z.object({ authorId: z.string() }).strict(),
    response: z.array(bannedViewerSchema),
  },
  /** The host's answer in the asker's language; the window sends it over LiveKit. */
  'comments:reply': { request: replyRequestSchema, response: replyResultSchema },
  /** A draft answer to a question from a product's facts (AI when configured, else the catalog's). */
  'comments:draft': {
    request: z.object({ commentId: z.string(), productId: z.string() }).strict(),
    response: draftSchema.nullable(),
  },
  /** The comment log (comments, translations, replies) as CSV. */
  'comments:exportCsv': { request: z.undefined(), response: z.object({ text: z.string() }) },
  /** Where bridges from other platforms post comments, and their token. */
  'comments:getIngest': {
    request: z.undefined(),
    response: z.object({ url: z.string(), token: z.string() }),
  },
  /** Each platform connector's state: listening, refused and why, its quota. */
  'chat:getStatuses': { request: z.undefined(), response: z.array(chatConnectorStatusSchema) },
  'chat:connect': { request: chatPlatformRequest, response: z.array(chatConnectorStatusSchema) },
  'chat:disconnect': { request: chatPlatformRequest, response: z.array(chatConnectorStatusSchema) },
  /** Starts the platform's sign-in (YouTube's consent page, Twitch's device code), then connects. */
  'chat:signIn': { request: chatPlatformRequest, response: z.array(chatConnectorStatusSchema) },
  'chat:signOut': { request: chatPlatformRequest, response: z.array(chatConnectorStatusSchema) },
  'polls:get': { request: z.undefined(), response: pollSchema.nullable() },
  'polls:create': { request: pollCreateSchema, response: pollSchema },
  /** A viewer's vote, received by the studio window over LiveKit data. */
  'polls:vote': { request: pollVoteSchema, response: pollSchema.nullable() },
  'polls:close': { request: z.undefined(), response: pollSchema },
  'polls:clear': { request: z.undefined(), response: z.null() },
  /** What the studio window saw (viewers, buy clicks, the program); counted while a show is on. */
  'analytics:record': { request: windowEventBatchSchema, response: z.void() },
  'analytics:startShow': { request: z.undefined(), response: showInfoSchema },
  'analytics:endShow': { request: z.undefined(), response: showInfoSchema.nullable() },
  'analytics:getLive': { request: z.undefined(), response: liveFiguresSchema.nullable() },
  'analytics:listShows': { request: z.undefined(), response: z.array(showSummarySchema) },
  'analytics:getReport': { request: showIdRequest, response: showReportSchema },
  'analytics:exportCsv': { request: showIdRequest, response: z.object({ text: z.string() }) },
  'analytics:deleteShow': { request: showIdRequest, response: z.array(showSummarySchema) },
  ...outputsInvokeContract,
} as const satisfies Record<InvokeChannel, ChannelSchemas>;

/** Events main pushes to the renderer, `domain:onSomethingChanged`. */
export const eventContract = {
  'settings:onChanged': settingsSchema,
  'catalog:onChanged': z.array(productSchema),
  'schedule:onChanged': scheduleStateSchema,
  'schedule:onReminder': reminderSchema,
  'obs:onState': obsStateSchema,
  'obs:onStats': obsStatsSchema,
  'feeds:onChanged': z.array(feedInfoSchema),
  'feeds:onStatus': z.array(feedStatusSchema),
  'comments:onAdded': commentSchema,
  'comments:onChanged': commentSchema,
  'polls:onChanged': pollSchema.nullable(),
  'chat:onStatus': z.array(chatConnectorStatusSchema),
  /** The show on air's running figures, every two seconds, for the dashboard dock. */
  'analytics:onLive': liveFiguresSchema,
  /** A secret was stored or removed (from any window): which are set now, never their values. */
  'secrets:onChanged': secretStatusSchema,
  ...outputsEventContract,
} as const satisfies Record<EventChannel, z.ZodType>;

// Both directions: every listed channel has schemas (the `satisfies` above) and no
// schema exists for an unlisted channel (this check).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _contractMatchesChannels: Exact<keyof typeof invokeContract, InvokeChannel> &
  Exact<keyof typeof eventContract, EventChannel> = true;
void _contractMatchesChannels;

export type RequestOf<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.infer<(typeof eventContract)[E]>;
