import type { Settings } from '../settings/settings';

export type LiveQuality = Settings['liveQuality'];

export interface EncodingLayer {
  width: number;
  height: number;
  /** Bits per second. */
  maxBitrate: number;
  maxFramerate: number;
}

export interface PublishEncoding {
  /** The full-size layer. */
  top: EncodingLayer;
  /** Smaller simulcast layers, smallest first, for viewers on weak links. */
  simulcast: EncodingLayer[];
}

/**
 * Mb/s of the full-size layer for each output size and preset. "Standard" follows
 * LiveKit's h720/h1080 presets; "saver" is for hosts on shared or mobile uplinks;
 * "high" for product close-ups where texture sells.
 */
export const topBitrateMbps: Record<Settings['outputResolution'], Record<LiveQuality, number>> = {
  '1280x720': { saver: 1.2, standard: 2.5, high: 4 },
  '1920x1080': { saver: 2.5, standard: 4.5, high: 6 },
};

/** The simulcast ladder for a show: the output size on top, then 720p and 360p below it. */
export function publishEncoding(
  resolution: Settings['outputResolution'],
  quality: LiveQuality,
  fps: number,
): PublishEncoding {
  const [width = 1920, height = 1080] = resolution.split('x').map(Number);
  const top = { width, height, maxBitrate: topBitrateMbps[resolution][quality] * 1e6, maxFramerate: fps };
  // Lower layers take a fixed share of the top one, as LiveKit's default ladder does.
  const lower = [
    { width: 640, height: 360, share: 0.18 },
    { width: 1280, height: 720, share: 0.5 },
  ].filter((layer) => layer.height < height);
  return {
    top,
    simulcast: lower.map((layer) => ({
      width: layer.width,
      height: layer.height,
      maxBitrate: Math.round(top.maxBitrate * layer.share),
      maxFramerate: Math.min(fps, 30),
    })),
  };
}
