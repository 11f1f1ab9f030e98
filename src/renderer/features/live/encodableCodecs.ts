import type { LiveVideoCodec } from '../../../shared/settings/settings';

const mimeTypes: Record<LiveVideoCodec, string> = {
  h264: 'video/h264',
  vp8: 'video/vp8',
  vp9: 'video/vp9',
  av1: 'video/av1',
};

/** The codecs this browser's WebRTC can send; AV1 and VP9 are missing on some machines. */
export function encodableCodecs(): Set<LiveVideoCodec> {
  const offered = new Set(
    (RTCRtpSender.getCapabilities?.('video')?.codecs ?? []).map((c) => c.mimeType.toLowerCase()),
  );
  return new Set(
    (Object.keys(mimeTypes) as LiveVideoCodec[]).filter((codec) => offered.has(mimeTypes[codec])),
  );
}
