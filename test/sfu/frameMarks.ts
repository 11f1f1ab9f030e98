/**
 * What one RTP packet shows of the frame it belongs to, for telling a lost packet of media from
 * a lost packet of padding. Chromium without RTX pads its bandwidth probes on the media SSRC, with
 * the media's own sequence numbers, only between frames, and keeps no padding for resending: a
 * lost padding packet asked for again is never sent, and in libwebrtc's RTPSender::OnReceivedNack
 * it also drops the rest of the NACK's list. A LiveKit server takes padding on RTX and never asks.
 */
import type { RtpPacket } from 'werift';
import { Vp8RtpPayload } from 'werift';
import type { FrameMark } from './lossTracker';

/** Where the VP8 payload descriptor's octets after the PictureID begin (RFC 7741 §4.2). */
function afterPictureId(vp8: Vp8RtpPayload): number {
  return 2 + (vp8.iBit ? (vp8.mBit ? 2 : 1) : 0);
}

/**
 * The TID of a VP8 payload descriptor (RFC 7741 §4.2), which werift reads past: the octet after
 * the PictureID and TL0PICIDX, where T is set.
 */
function vp8TemporalLayer(payload: Buffer, vp8: Vp8RtpPayload): number | undefined {
  if (!vp8.xBit || !vp8.tBit) return undefined;
  const octet = payload[afterPictureId(vp8) + (vp8.lBit ? 1 : 0)];
  return octet === undefined ? undefined : octet >> 6;
}

/** The TL0PICIDX (RFC 7741 §4.2): the running index of base-layer frames, where L is set. */
function vp8BaseIndex(payload: Buffer, vp8: Vp8RtpPayload): number | undefined {
  return vp8.xBit && vp8.lBit ? payload[afterPictureId(vp8)] : undefined;
}

/** A packet with no payload is padding; undefined where the codec shows no frame boundaries. */
export function frameMark(mimeType: string | undefined, rtp: RtpPacket): FrameMark | 'padding' | undefined {
  if (rtp.payload.length === 0) return 'padding';
  if (mimeType?.toLowerCase() !== 'video/vp8') return undefined;
  try {
    const vp8 = Vp8RtpPayload.deSerialize(rtp.payload);
    if (vp8.pictureId === undefined) return undefined;
    return {
      starts: vp8.sBit === 1 && vp8.pid === 0,
      ends: rtp.header.marker,
      picture: vp8.pictureId,
      // RFC 7741 §4.2: a PictureID of 15 bits where M is set, else 7.
      pictureModulo: vp8.mBit ? 0x8000 : 0x80,
      temporalLayer: vp8TemporalLayer(rtp.payload, vp8),
      baseIndex: vp8BaseIndex(rtp.payload, vp8),
    };
  } catch {
    return undefined;
  }
}
