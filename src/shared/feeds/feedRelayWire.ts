import { z } from 'zod';

/**
 * The feed relay's wire format, main (feedRelay.ts) to the decoder worker (feedDecoder.worker.ts),
 * one WebSocket message each:
 * - binary, one access unit: [1 byte: type = 1][1 byte: key frame 0/1][8 bytes: main's receive
 *   time, float64 little-endian, epoch ms][the Annex-B H.264 access unit];
 * - text, JSON: the decoder's configuration, or a reset (a new ffmpeg: wait for a key frame).
 */
export const feedUnitHeaderBytes = 10;
const accessUnitType = 1;

export interface FeedUnit {
  key: boolean;
  receivedAt: number;
  data: Uint8Array;
}

export function encodeFeedUnit(unit: FeedUnit): Uint8Array<ArrayBuffer> {
  const message = new Uint8Array(feedUnitHeaderBytes + unit.data.byteLength);
  const view = new DataView(message.buffer);
  view.setUint8(0, accessUnitType);
  view.setUint8(1, unit.key ? 1 : 0);
  view.setFloat64(2, unit.receivedAt, true);
  message.set(unit.data, feedUnitHeaderBytes);
  return message;
}

/** The access unit in a binary message; undefined when the message is not one. */
export function decodeFeedUnit(message: ArrayBuffer): FeedUnit | undefined {
  if (message.byteLength <= feedUnitHeaderBytes) return undefined;
  const view = new DataView(message);
  const key = view.getUint8(1);
  const receivedAt = view.getFloat64(2, true);
  if (view.getUint8(0) !== accessUnitType || key > 1 || !Number.isFinite(receivedAt)) return undefined;
  return { key: key === 1, receivedAt, data: new Uint8Array(message, feedUnitHeaderBytes) };
}

export const feedDecoderConfigSchema = z.object({
  /** A WebCodecs codec string, e.g. avc1.64001f. */
  codec: z.string().min(1).max(64),
  width: z.number().int().positive().max(8192),
  height: z.number().int().positive().max(8192),
});
export type FeedDecoderConfig = z.infer<typeof feedDecoderConfigSchema>;

export const feedTextMessageSchema = z.discriminatedUnion('type', [
  feedDecoderConfigSchema.extend({ type: z.literal('config') }),
  z.object({ type: z.literal('reset') }),
]);
export type FeedTextMessage = z.infer<typeof feedTextMessageSchema>;

/** A text message, parsed and checked; undefined when it is not one of ours. */
export function decodeFeedText(text: string): FeedTextMessage | undefined {
  try {
    const parsed = feedTextMessageSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
