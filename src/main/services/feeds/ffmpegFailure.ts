import type { ErrorCode } from '../../../shared/ipc/errors';

export interface FeedFailure {
  code: ErrorCode;
  /** Worth trying again by itself (the camera may come back); otherwise the producer must act. */
  retry: boolean;
}

/**
 * What went wrong, from what ffmpeg printed before it exited. ffmpeg's
 * messages are stable enough across versions for these cases; anything not
 * recognised counts as the camera being unreachable, which retries.
 */
export function classifyFfmpegExit(stderr: string): FeedFailure {
  const text = stderr.toLowerCase();
  if (/\b401\b|unauthorized|authorization failed|\b403\b|forbidden/.test(text)) {
    return { code: 'FEED_AUTH_FAILED', retry: false };
  }
  if (/stream map '0:v:0' matches no streams|does not contain any stream|no video/.test(text)) {
    return { code: 'FEED_NO_VIDEO', retry: false };
  }
  if (/\b404\b|not found/.test(text) && !/name or service not known/.test(text)) {
    return { code: 'FEED_NOT_FOUND', retry: true };
  }
  if (/protocol not found|invalid data found when processing input|unsupported/.test(text)) {
    return { code: 'FEED_UNSUPPORTED', retry: false };
  }
  return { code: 'FEED_UNREACHABLE', retry: true };
}

/** The input video codec, from ffmpeg's "Stream #0:0: Video: hevc (Main), …" line. */
export function inputVideoCodec(stderr: string): string | undefined {
  const inputPart = stderr.split(/^Output #0/m)[0] ?? '';
  return /Stream #0:\d+[^:]*: Video: (\w+)/.exec(inputPart)?.[1];
}
