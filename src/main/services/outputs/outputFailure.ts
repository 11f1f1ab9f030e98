import type { ErrorCode } from '../../../shared/ipc/errors';

export interface OutputFailure {
  code: ErrorCode;
  /** Worth trying again by itself; otherwise the host must change something first. */
  retry: boolean;
}

/**
 * Why a destination's ffmpeg ended, from what it printed. An ingest that ends the session
 * during the publish handshake refused the stream key (nginx-rtmp's on_publish, YouTube,
 * Twitch and SRT's listener callback all just close); one that ends it after media flowed
 * dropped us, which retries.
 */
export function classifyOutputExit(stderr: string, mediaFlowed: boolean): OutputFailure {
  const text = stderr.toLowerCase();
  if (/pipe:0: |pipe:0 stalled|ebml header parsing failed/.test(text))
    return { code: 'OUTPUT_MEDIA_FAILED', retry: true };
  if (/protocol not found|unsupported protocol/.test(text))
    return { code: 'OUTPUT_URL_INVALID', retry: false };
  // libsrt logs why a listener rejected the handshake.
  if (/incorrect passphrase|reject reported|connection rejected|srt_rej/.test(text))
    return { code: 'OUTPUT_KEY_REFUSED', retry: false };
  // Nothing answered at all: the network or the platform is down, which mends itself.
  if (
    /connection refused|no route to host|name or service not known|temporary failure in name resolution|network is unreachable|\[tcp @[^\]]*\][^\n]*timed out|connection to srt:\/\/\S+ failed/.test(
      text,
    )
  )
    return { code: 'OUTPUT_UNREACHABLE', retry: true };
  // The server answered but not in TLS, or with a certificate we cannot trust.
  if (
    /\[tls @|tls handshake|ssl routines|certificate|gnutls|non-properly terminated|cannot open connection tls:/.test(
      text,
    )
  )
    return { code: 'OUTPUT_TLS_FAILED', retry: false };
  if (/cannot open connection|connection timed out/.test(text))
    return { code: 'OUTPUT_UNREACHABLE', retry: true };
  if (/server error|netstream\.publish\.(badname|denied)|unauthori[sz]ed|forbidden/.test(text))
    return { code: 'OUTPUT_KEY_REFUSED', retry: false };
  if (!mediaFlowed) return { code: 'OUTPUT_KEY_REFUSED', retry: false };
  return { code: 'OUTPUT_CLOSED', retry: true };
}
