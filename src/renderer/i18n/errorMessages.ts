import type { ErrorCode } from '../../shared/ipc/errors';
import type { TranslationKey } from './i18n';

/** The translated message for each IPC error code: literal keys, never concatenated. */
export const errorMessageKeys: Record<ErrorCode, TranslationKey> = {
  UNKNOWN_CHANNEL: 'errors.unknownChannel',
  INVALID_PAYLOAD: 'errors.invalidPayload',
  FORBIDDEN_SENDER: 'errors.forbiddenSender',
  NOT_FOUND: 'errors.notFound',
  STORAGE_FAILED: 'errors.storageFailed',
  NETWORK_FAILED: 'errors.networkFailed',
  INVALID_CALENDAR: 'errors.invalidCalendar',
  OBS_AUTH_FAILED: 'errors.obsAuthFailed',
  OBS_UNREACHABLE: 'errors.obsUnreachable',
  OBS_UNSUPPORTED: 'errors.obsUnsupported',
  OBS_NOT_CONNECTED: 'errors.obsNotConnected',
  OBS_SCENE_MISSING: 'errors.obsSceneMissing',
  OBS_REQUEST_FAILED: 'errors.obsRequestFailed',
  FEED_AUTH_FAILED: 'errors.feedAuthFailed',
  FEED_UNREACHABLE: 'errors.feedUnreachable',
  FEED_NOT_FOUND: 'errors.feedNotFound',
  FEED_NO_VIDEO: 'errors.feedNoVideo',
  FEED_UNSUPPORTED: 'errors.feedUnsupported',
  FEED_NO_FFMPEG: 'errors.feedNoFfmpeg',
  LIVE_NOT_ALLOWED: 'errors.liveNotAllowed',
  LIVE_UNREACHABLE: 'errors.liveUnreachable',
  LIVE_TOKEN_ENDPOINT: 'errors.liveTokenEndpoint',
  LIVE_NOT_CONFIGURED: 'errors.liveNotConfigured',
  STUDIO_UNREACHABLE: 'errors.studioUnreachable',
  STUDIO_DISCONNECTED: 'errors.studioDisconnected',
  STUDIO_OPEN_ELSEWHERE: 'errors.studioOpenElsewhere',
  SHOW_ON_AIR: 'errors.showOnAir',
  INTERNAL: 'errors.internal',
};
