import { defaultDockLayout, dockLayoutSchema } from '../layout/dockLayout';
import { z } from 'zod';
import { marketIds, overlayLanguages } from '../markets/markets';
import { defaultUiLanguage, uiLanguages, type UiLanguage } from '../i18n/languages';
import { chatPlatformSettingsSchema, defaultChatPlatformSettings } from '../chat/chatPlatforms';

const uiLanguageCodes = uiLanguages.map((l) => l.code) as [UiLanguage, ...UiLanguage[]];

/** True when `zone` is an IANA time zone this runtime's Intl knows. */
export function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const websocketUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => value === '' || /^wss?:\/\/[^\s/]+/i.test(value), {
    message: 'must be a ws:// or wss:// URL',
  });

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => value === '' || /^https?:\/\/[^\s/]+/i.test(value), {
    message: 'must be an http:// or https:// URL',
  });

/** Video codecs a LiveKit publisher can choose; the UI offers those the browser can encode. */
export const liveVideoCodecs = ['h264', 'vp8', 'vp9', 'av1'] as const;
export type LiveVideoCodec = (typeof liveVideoCodecs)[number];

export const translationProviders = [
  'apertium',
  'libretranslate',
  'deepl',
  'openai',
  'google',
  'off',
] as const;
export type TranslationProviderName = (typeof translationProviders)[number];

/** How the show is set up in the room; see src/shared/live/roomModes.ts. */
export const liveRoomModes = ['show', 'consultation', 'voice', 'showcase'] as const;
export type LiveRoomMode = (typeof liveRoomModes)[number];

/**
 * Plain preferences, one SQLite row each. Secrets (API secrets, passwords) are
 * never settings: they live in the secret store in main.
 */
export const settingsShape = {
  language: z.enum(uiLanguageCodes),
  hostDisplayName: z.string().trim().max(80),
  hostTimeZone: z.string().refine(isIanaTimeZone, { message: 'unknown time zone' }),
  outputResolution: z.enum(['1280x720', '1920x1080']),
  outputFps: z.union([z.literal(30), z.literal(60)]),
  livekitUrl: websocketUrl,
  livekitApiKey: z.string().trim().max(256),
  /** Mint tokens here from the API key and secret, or ask the shop's token endpoint (production). */
  livekitAuth: z.enum(['apiKey', 'tokenEndpoint']),
  livekitTokenEndpoint: httpUrl,
  liveVideoCodec: z.enum(liveVideoCodecs),
  /** Bitrate preset for the output size; see src/shared/live/qualityPresets.ts. */
  liveQuality: z.enum(['saver', 'standard', 'high']),
  liveRoomMode: z.enum(liveRoomModes),
  /** The LiveKit room the show goes out to (viewers join the same name). */
  livekitRoom: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(/^[\w.-]+$/),
  /** The producer uses OBS Studio: its dock shows in the studio, and the setup asks for it. */
  obsEnabled: z.boolean(),
  obsAddress: websocketUrl,
  /** Machine translation of comments and replies; see src/main/services/translate. */
  translationProvider: z.enum(translationProviders),
  translationUrl: httpUrl,
  /** For the OpenAI-compatible provider: the model name (gpt-4o-mini, llama3.1, ...). */
  translationModel: z.string().trim().max(128),
  /**
   * The language questions are translated into and replies written in: the UI's (`ui`), or
   * another the host reads (a Chinese host who reads English, where only English is covered).
   */
  questionLanguage: z.enum(['ui', ...overlayLanguages]),
  /** The markets the host sells to, for the translation coverage to speak of; empty: not chosen yet. */
  viewerMarkets: z.array(z.enum(marketIds)).max(marketIds.length),
  /** Words and phrases that hide a comment on arrival (kept in the log, never shown). */
  commentBlocklist: z.array(z.string().trim().min(1).max(60)).max(300),
  /** YouTube, Twitch and Facebook chat: each platform's account details and whether it is connected. */
  chatPlatforms: chatPlatformSettingsSchema,
  /** Where the docks sit beside the stage and how big the host made them. */
  studioLayout: dockLayoutSchema,
  /** The guided setup ran to its end or was skipped; it opens again from Settings. */
  setupDone: z.boolean(),
} as const;

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

/** A change from the settings page: only known keys, each validated. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingKeys = Object.keys(settingsShape) as SettingKey[];

/** Defaults before the user chooses; language and time zone come from the system on first start. */
export const defaultSettings: Settings = {
  language: defaultUiLanguage,
  hostDisplayName: '',
  hostTimeZone: 'UTC',
  outputResolution: '1920x1080',
  outputFps: 30,
  livekitUrl: '',
  livekitApiKey: '',
  livekitRoom: 'crosslive-show',
  livekitAuth: 'apiKey',
  livekitTokenEndpoint: '',
  // VP8: its simulcast layers carry temporal layers, so a packet the uplink loses stalls only the
  // frames that depend on it, not the picture until it is resent (bench:weaknet, profile a:
  // 21 fps p50 at 720p against H.264's 8). Every viewer's browser decodes it.
  liveVideoCodec: 'vp8',
  liveQuality: 'standard',
  liveRoomMode: 'show',
  obsEnabled: false,
  obsAddress: 'ws://127.0.0.1:4455',
  // Apertium APy on this computer: free, offline, and no viewer text leaves the host's machine.
  translationProvider: 'apertium',
  translationUrl: 'http://127.0.0.1:2737',
  translationModel: '',
  questionLanguage: 'ui',
  viewerMarkets: [],
  commentBlocklist: [],
  chatPlatforms: defaultChatPlatformSettings,
  studioLayout: defaultDockLayout,
  setupDone: false,
};
