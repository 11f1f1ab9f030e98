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
 * Mb/s of the top layer for each output size and preset. "Standard" follows LiveKit's h720
 * preset; "saver" is for hosts on shared or mobile uplinks; "high" for product close-ups where
 * texture sells, at the full output size.
 */
export const topBitrateMbps: Record<Settings['outputResolution'], Record<LiveQuality, number>> = {
  '1280x720': { saver: 1.2, standard: 2.5, high: 4 },
  '1920x1080': { saver: 1.2, standard: 2.5, high: 6 },
};

/**
 * The tallest layer each preset sends viewers. Only "high" sends a 1080p program at 1080p:
 * measured through 150 ms and 3% loss (bench:weaknet, profile a), a 720p top layer held 29 fps
 * p50 where a 1080p one fell to 20 fps with freezes every few seconds, the 1080p layer turning
 * on and off as the uplink's estimate wavered and costing the encoder and every viewer's decoder
 * more than a phone screen shows. The program and the backup keep the full output size.
 */
const maxLiveHeight: Record<LiveQuality, number> = { saver: 720, standard: 720, high: 2160 };

/** The simulcast ladder for a show: the preset's top layer, then 720p and 360p below it. */
export function publishEncoding(
  resolution: Settings['outputResolution'],
  quality: LiveQuality,
  fps: number,
): PublishEncoding {
  const [outputWidth = 1920, outputHeight = 1080] = resolution.split('x').map(Number);
  const height = Math.min(outputHeight, maxLiveHeight[quality]);
  const width = Math.round((outputWidth * height) / outputHeight);
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
