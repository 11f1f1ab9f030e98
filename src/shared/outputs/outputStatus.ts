import { z } from 'zod';
import { errorCodes } from '../ipc/errors';
import { marketIds } from '../markets/markets';
import { outputCanvases } from './platformPresets';
import { destinationRoutes } from './destination';

export const destinationStates = ['off', 'connecting', 'live', 'reconnecting', 'failed'] as const;
export type DestinationState = (typeof destinationStates)[number];

/** One destination's health, as its chips show it. */
export const destinationStatusSchema = z.object({
  destinationId: z.string(),
  state: z.enum(destinationStates),
  /** Why it is failed or reconnecting, translated by the UI. */
  error: z.enum(errorCodes).nullable(),
  /** A five-second test rather than the show. */
  testing: z.boolean(),
  kbps: z.number(),
  fps: z.number(),
  /** Frames the ingest could not take in time since this destination started (never sent). */
  droppedFrames: z.number().int(),
  /** When media last started flowing, epoch ms; null while not live. */
  liveSince: z.number().nullable(),
  reconnects: z.number().int(),
  /** Sent by the LiveKit server's Egress: its bitrate and frame rate are the server's to know. */
  restreamed: z.boolean(),
  /** Restreamed, and its picture is not in the room yet: the server starts once the show is live. */
  waitingForShow: z.boolean(),
});
export type DestinationStatus = z.infer<typeof destinationStatusSchema>;

/** A destination not going out, and not failed: how every one starts. */
export function offStatus(destinationId: string): DestinationStatus {
  return {
    destinationId,
    state: 'off',
    error: null,
    testing: false,
    kbps: 0,
    fps: 0,
    droppedFrames: 0,
    liveSince: null,
    reconnects: 0,
    restreamed: false,
    waitingForShow: false,
  };
}

/**
 * One picture the studio encodes: a canvas for a market at a quality. Destinations that agree
 * on all of it share one encoder; main says which are wanted, the window encodes them.
 */
export const outputVariantSchema = z.object({
  key: z.string(),
  canvas: z.enum(outputCanvases),
  market: z.enum(marketIds),
  videoKbps: z.number().int(),
  keyframeSeconds: z.number().int(),
  constantBitrate: z.boolean(),
  /** Encoded here for main's ffmpeg, or published to the room for the server's Egress to restream. */
  route: z.enum(destinationRoutes),
  /** Where the window sends the variant's encoded packets (a WebSocket on 127.0.0.1 with its token); '' for the room. */
  ingestUrl: z.string(),
});
export type OutputVariant = z.infer<typeof outputVariantSchema>;

export const outputsStateSchema = z.object({
  destinations: z.array(destinationStatusSchema),
  variants: z.array(outputVariantSchema),
});
export type OutputsState = z.infer<typeof outputsStateSchema>;

export function variantKey(v: Omit<OutputVariant, 'key' | 'ingestUrl'>): string {
  return [
    v.route,
    v.canvas,
    v.market,
    v.videoKbps,
    v.keyframeSeconds,
    v.constantBitrate ? 'cbr' : 'vbr',
  ].join('-');
}
