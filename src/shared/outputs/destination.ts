import { z } from 'zod';
import { marketIds } from '../markets/markets';
import {
  destinationPlatforms,
  outputCanvases,
  platformPresets,
  type DestinationPlatform,
} from './platformPresets';

export const destinationRoutes = ['computer', 'server'] as const;
export type DestinationRoute = (typeof destinationRoutes)[number];

export type DestinationUrlProblem = 'malformed' | 'scheme' | 'credentials';

/** Why a server URL cannot carry this platform's stream, as a key the UI translates; undefined when fine. */
export function destinationUrlProblem(
  platform: DestinationPlatform,
  text: string,
): DestinationUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'malformed';
  }
  if (!(platformPresets[platform].schemes as readonly string[]).includes(url.protocol)) return 'scheme';
  if (url.hostname === '') return 'malformed';
  // The stream key and the SRT passphrase are secrets with fields of their own.
  if (url.username !== '' || url.password !== '' || /[?&]passphrase=/i.test(url.search)) return 'credentials';
  return undefined;
}

/** libsrt takes a passphrase of 10 to 79 characters (SRTO_PASSPHRASE). */
export const srtPassphraseLength = { min: 10, max: 79 } as const;

/** One place the show goes out to: an RTMP(S) ingest or an SRT listener. */
export const destinationSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(80),
    platform: z.enum(destinationPlatforms),
    serverUrl: z.string().trim().max(2048),
    /** The viewers' market: product cards, lower thirds and countdowns relabel for it. */
    market: z.enum(marketIds),
    canvas: z.enum(outputCanvases),
    videoKbps: z.number().int().min(300).max(20_000),
    keyframeSeconds: z.number().int().min(1).max(4),
    /** Go live starts it; the host may still start or stop it alone. */
    enabled: z.boolean(),
    /**
     * Who sends it to the platform: this computer (one upload per destination), or the LiveKit
     * server restreaming the variant's track in the room with Egress (the host uploads only once).
     */
    route: z.enum(destinationRoutes),
    /** SRT only: the receiver's latency window (SRTO_LATENCY). */
    srtLatencyMs: z.number().int().min(20).max(8000),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (destinationUrlProblem(d.platform, d.serverUrl) !== undefined)
      ctx.addIssue({ code: 'custom', path: ['serverUrl'], message: 'invalid server URL' });
    // Egress restreams RTMP(S); an SRT destination goes out from this computer.
    if (d.route === 'server' && d.platform === 'srt')
      ctx.addIssue({ code: 'custom', path: ['route'], message: 'SRT goes out from this computer' });
  });
export type Destination = z.infer<typeof destinationSchema>;

export const destinationSaveRequestSchema = z
  .object({
    destination: destinationSchema,
    /** A new stream key; null keeps the stored one, '' removes it. */
    streamKey: z.string().trim().max(1024).nullable(),
    /** SRT only, as the stream key. */
    srtPassphrase: z
      .string()
      .refine((p) => p === '' || (p.length >= srtPassphraseLength.min && p.length <= srtPassphraseLength.max))
      .nullable(),
  })
  .strict();
export type DestinationSaveRequest = z.infer<typeof destinationSaveRequestSchema>;

export const destinationInfoSchema = z.object({
  destination: destinationSchema,
  hasStreamKey: z.boolean(),
  hasPassphrase: z.boolean(),
});
export type DestinationInfo = z.infer<typeof destinationInfoSchema>;

/** A new destination for `platform`, filled from its preset. */
export function newDestination(
  id: string,
  platform: DestinationPlatform,
  market: Destination['market'],
  name: string,
): Destination {
  const preset = platformPresets[platform];
  return {
    id,
    name,
    platform,
    serverUrl: preset.serverUrl,
    market,
    canvas: preset.canvas,
    videoKbps: preset.videoKbps,
    keyframeSeconds: preset.keyframeSeconds,
    enabled: true,
    route: 'computer',
    srtLatencyMs: 120,
  };
}
