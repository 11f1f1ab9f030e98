/**
 * Error codes that cross the IPC boundary. The renderer translates each code
 * through a literal i18n key (see renderer/i18n/errorMessages.ts), so a new code
 * needs a message in every locale before it compiles.
 */
export const errorCodes = [
  'UNKNOWN_CHANNEL',
  'INVALID_PAYLOAD',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'STORAGE_FAILED',
  'NETWORK_FAILED',
  'INVALID_CALENDAR',
  'OBS_AUTH_FAILED',
  'OBS_UNREACHABLE',
  'OBS_UNSUPPORTED',
  'OBS_NOT_CONNECTED',
  'OBS_SCENE_MISSING',
  'OBS_REQUEST_FAILED',
  'FEED_AUTH_FAILED',
  'FEED_UNREACHABLE',
  'FEED_NOT_FOUND',
  'FEED_NO_VIDEO',
  'FEED_UNSUPPORTED',
  'FEED_NO_FFMPEG',
  'LIVE_NOT_ALLOWED',
  'LIVE_UNREACHABLE',
  'LIVE_TOKEN_ENDPOINT',
  // Something a show needs is not set (live:readiness says what).
  'LIVE_NOT_CONFIGURED',
  // The browser studio's bridge (renderer/ipc/browserBridge.ts): main is not there.
  'STUDIO_UNREACHABLE',
  'STUDIO_DISCONNECTED',
  'STUDIO_OPEN_ELSEWHERE',
  // A show's report cannot be deleted while the show is on air.
  'SHOW_ON_AIR',
  // A reply to a platform's comment while its connector is off, or refused by the platform.
  'CHAT_NOT_CONNECTED',
  'CHAT_REPLY_REFUSED',
  // A destination (RTMP/RTMPS/SRT ingest) refused or lost the stream, or could not be fed.
  'OUTPUT_URL_INVALID',
  'OUTPUT_NO_KEY',
  'OUTPUT_KEY_REFUSED',
  'OUTPUT_UNREACHABLE',
  'OUTPUT_TLS_FAILED',
  'OUTPUT_CLOSED',
  'OUTPUT_MEDIA_FAILED',
  'OUTPUT_NO_FFMPEG',
  // The LiveKit server's Egress refused or lost a restream (or no API secret to ask it with).
  'OUTPUT_EGRESS_FAILED',
  // Destinations cannot be removed or changed while they are on air.
  'OUTPUT_ON_AIR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An expected failure with a code the UI can translate. */
export class StudioError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StudioError';
  }
}
