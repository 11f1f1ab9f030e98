/**
 * Where a key frame starts in a publisher's RTP, per codec: an SFU starts (or switches) a
 * subscriber's video only there, since the decoder can do nothing with what comes before.
 */
import { AV1RtpPayload, H264RtpPayload, Vp8RtpPayload, Vp9RtpPayload } from 'werift';

/** H.264 sends its parameter sets ahead of each IDR picture; the decoder needs them first. */
const h264Sps = 7;
const h264StapA = 24;

export function startsKeyFrame(mimeType: string | undefined, payload: Buffer): boolean {
  try {
    switch (mimeType?.toLowerCase()) {
      case 'video/vp8': {
        const vp8 = Vp8RtpPayload.deSerialize(payload);
        return vp8.payloadHeaderExist && vp8.isKeyframe;
      }
      case 'video/vp9':
        return Vp9RtpPayload.deSerialize(payload).isKeyframe;
      case 'video/av1':
        return AV1RtpPayload.deSerialize(payload).isKeyframe;
      case 'video/h264': {
        const h264 = H264RtpPayload.deSerialize(payload);
        return (
          h264.nalUnitType === h264Sps ||
          (h264.nalUnitType === h264StapA && h264.aggregatedNalUnitTypes.includes(h264Sps))
        );
      }
      default:
        return false;
    }
  } catch {
    // A payload the parser cannot read starts nothing.
    return false;
  }
}
