/**
 * The wire between the window's encoders and main's muxers: one WebSocket per variant.
 * Binary messages carry one encoded packet each; text messages carry JSON.
 *
 *   byte 0      track: 0 video, 1 audio
 *   byte 1      1 for a key frame, 0 otherwise
 *   bytes 2-9   timestamp, microseconds, float64 little-endian
 *   bytes 10-17 duration, microseconds, float64 little-endian
 *   bytes 18-   the packet
 */
export type PacketTrack = 'video' | 'audio';

export interface WirePacket {
  track: PacketTrack;
  key: boolean;
  timestampUs: number;
  durationUs: number;
  data: Uint8Array;
}

const headerBytes = 18;

export function encodePacket(packet: WirePacket): Uint8Array {
  const message = new Uint8Array(headerBytes + packet.data.byteLength);
  const view = new DataView(message.buffer);
  view.setUint8(0, packet.track === 'video' ? 0 : 1);
  view.setUint8(1, packet.key ? 1 : 0);
  view.setFloat64(2, packet.timestampUs, true);
  view.setFloat64(10, packet.durationUs, true);
  message.set(packet.data, headerBytes);
  return message;
}

export function decodePacket(message: Uint8Array): WirePacket | undefined {
  if (message.byteLength <= headerBytes) return undefined;
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  const track = view.getUint8(0);
  if (track > 1) return undefined;
  const timestampUs = view.getFloat64(2, true);
  const durationUs = view.getFloat64(10, true);
  if (!Number.isFinite(timestampUs) || !Number.isFinite(durationUs) || durationUs < 0) return undefined;
  return {
    track: track === 0 ? 'video' : 'audio',
    key: view.getUint8(1) === 1,
    timestampUs,
    durationUs,
    data: message.subarray(headerBytes),
  };
}

/** The window's encoder configuration for one track, sent before its first packet. */
export type TrackConfigMessage =
  | { type: 'config'; track: 'video'; codec: string; width: number; height: number; description: string }
  | {
      type: 'config';
      track: 'audio';
      codec: string;
      sampleRate: number;
      numberOfChannels: number;
      description: string | null;
    };

/** From main: a destination is waiting to start; the encoder should send a key frame now. */
export interface KeyFrameRequest {
  type: 'keyFrame';
}
