import { canvasSize, type OutputCanvas } from '../../../shared/outputs/platformPresets';

/**
 * The H.264 encoder for a variant: High profile on the machine's hardware encoder where it has
 * one (macOS VideoToolbox, Windows Media Foundation), else Constrained Baseline in software
 * (Chromium's OpenH264), at a level that fits the canvas at 30 fps. Realtime latency: no
 * B-frames and no look-ahead, so a packet leaves as soon as its frame is drawn.
 */
export async function h264Config(
  canvas: OutputCanvas,
  kbps: number,
  constantBitrate: boolean,
): Promise<VideoEncoderConfig> {
  const { width, height } = canvasSize(canvas);
  // Level 3.1 carries 1280x720 at 30 fps; 4.0 carries 1920x1080.
  const level = width * height > 1280 * 720 ? '28' : '1f';
  const base = {
    width,
    height,
    bitrate: kbps * 1000,
    framerate: 30,
    latencyMode: 'realtime',
    bitrateMode: constantBitrate ? 'constant' : 'variable',
    avc: { format: 'avc' },
  } satisfies Partial<VideoEncoderConfig>;
  const candidates: VideoEncoderConfig[] = [
    { ...base, codec: `avc1.6400${level}`, hardwareAcceleration: 'prefer-hardware' },
    { ...base, codec: `avc1.42e0${level}` },
    { ...base, codec: `avc1.42e0${level}`, bitrateMode: 'variable' },
  ];
  for (const config of candidates) {
    const { supported } = await VideoEncoder.isConfigSupported(config);
    if (supported) return config;
  }
  throw new Error(`no H.264 encoder for ${canvas}`);
}
