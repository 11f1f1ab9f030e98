/**
 * Where each marketplace takes a stream, and how it wants it encoded, from the platforms'
 * published rules. A preset fills a new destination's fields; the host may still change them.
 */
export const destinationPlatforms = [
  'youtube',
  'facebook',
  'twitch',
  'tiktok',
  'instagram',
  'customRtmp',
  'srt',
] as const;
export type DestinationPlatform = (typeof destinationPlatforms)[number];

export const outputCanvases = ['1920x1080', '1280x720', '1080x1920', '720x1280'] as const;
export type OutputCanvas = (typeof outputCanvases)[number];

export type OutputScheme = 'rtmp:' | 'rtmps:' | 'srt:';

export interface PlatformPreset {
  /** The ingest to fill in; empty where the platform hands out one per stream (TikTok, Instagram). */
  serverUrl: string;
  /** The schemes the platform accepts. */
  schemes: readonly OutputScheme[];
  canvas: OutputCanvas;
  videoKbps: number;
  /** Highest bitrate the platform accepts at this canvas; the form warns above it. */
  maxVideoKbps: number;
  keyframeSeconds: number;
  /** Strict constant bitrate, for ingests that reject a varying one. */
  constantBitrate: boolean;
  audioKbps: number;
}

export const platformPresets: Record<DestinationPlatform, PlatformPreset> = {
  // YouTube Live over RTMP takes H.264 and AAC; 720p30 wants 3-8 Mb/s, key frames every 2 s:
  // https://support.google.com/youtube/answer/2853702
  youtube: {
    serverUrl: 'rtmps://a.rtmps.youtube.com/live2',
    schemes: ['rtmp:', 'rtmps:'],
    canvas: '1280x720',
    videoKbps: 4000,
    maxVideoKbps: 8000,
    keyframeSeconds: 2,
    constantBitrate: false,
    audioKbps: 128,
  },
  // Facebook's Live Video API takes RTMPS only; 720p30 1,500-4,000 kb/s, key frames every 2 s
  // (never over 4), H.264 with AAC: https://developers.facebook.com/docs/live-video-api/
  facebook: {
    serverUrl: 'rtmps://live-api-s.facebook.com:443/rtmp',
    schemes: ['rtmps:'],
    canvas: '1280x720',
    videoKbps: 3000,
    maxVideoKbps: 4000,
    keyframeSeconds: 2,
    constantBitrate: false,
    audioKbps: 128,
  },
  // Twitch requires H.264 in strict CBR with 2 s key frames, AAC up to 160 kb/s:
  // https://help.twitch.tv/s/article/broadcasting-guidelines
  twitch: {
    serverUrl: 'rtmp://live.twitch.tv/app',
    schemes: ['rtmp:', 'rtmps:'],
    canvas: '1280x720',
    videoKbps: 3000,
    maxVideoKbps: 6000,
    keyframeSeconds: 2,
    constantBitrate: true,
    audioKbps: 128,
  },
  // TikTok LIVE hands out a server URL and key per stream (LIVE Producer / LIVE Studio) and plays
  // 9:16 to phones: https://www.tiktok.com/live/creator-networks/en/live-producer
  tiktok: {
    serverUrl: '',
    schemes: ['rtmp:', 'rtmps:'],
    canvas: '720x1280',
    videoKbps: 3000,
    maxVideoKbps: 6000,
    keyframeSeconds: 2,
    constantBitrate: false,
    audioKbps: 128,
  },
  // Instagram Live Producer streams over RTMPS to a per-stream URL, 9:16, key frames every 2 s:
  // https://help.instagram.com/1164495154283563
  instagram: {
    serverUrl: '',
    schemes: ['rtmps:'],
    canvas: '720x1280',
    videoKbps: 3000,
    maxVideoKbps: 4000,
    keyframeSeconds: 2,
    constantBitrate: false,
    audioKbps: 128,
  },
  customRtmp: {
    serverUrl: '',
    schemes: ['rtmp:', 'rtmps:'],
    canvas: '1920x1080',
    videoKbps: 4500,
    maxVideoKbps: 20_000,
    keyframeSeconds: 2,
    constantBitrate: false,
    audioKbps: 128,
  },
  // SRT in caller mode to the platform's or a relay's listener; MPEG-TS inside.
  srt: {
    serverUrl: '',
    schemes: ['srt:'],
    canvas: '1920x1080',
    videoKbps: 4500,
    maxVideoKbps: 20_000,
    keyframeSeconds: 2,
    constantBitrate: false,
    audioKbps: 128,
  },
};

export function canvasSize(canvas: OutputCanvas): { width: number; height: number } {
  const [width = 1920, height = 1080] = canvas.split('x').map(Number);
  return { width, height };
}

export function isPortrait(canvas: OutputCanvas): boolean {
  const { width, height } = canvasSize(canvas);
  return height > width;
}
