import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ProbedStream {
  codec_type: 'video' | 'audio';
  codec_name: string;
  width?: number;
  height?: number;
  sample_rate?: string;
}

/** What ffprobe reads from a live stream (RTMP play, an SRT recording): its streams. */
export async function probeStreams(url: string, timeoutSeconds = 10): Promise<ProbedStream[]> {
  const { stdout } = await run(
    'ffprobe',
    [
      '-v',
      'error',
      '-rw_timeout',
      String(timeoutSeconds * 1e6),
      '-show_entries',
      'stream=codec_type,codec_name,width,height,sample_rate',
      '-of',
      'json',
      url,
    ],
    { timeout: (timeoutSeconds + 5) * 1000 },
  );
  return (JSON.parse(stdout) as { streams: ProbedStream[] }).streams;
}

/** The packets ffprobe reads from a live stream over `seconds`, as CSV rows of `entries`. */
export async function probePackets(
  url: string,
  seconds: number,
  entries: string,
  streams: string[] = [],
): Promise<string[][]> {
  const { stdout } = await run(
    'ffprobe',
    [
      '-v',
      'error',
      '-rw_timeout',
      '10000000',
      '-read_intervals',
      `%+${seconds}`,
      ...streams,
      '-show_entries',
      `packet=${entries}`,
      '-of',
      'csv=p=0',
      url,
    ],
    { timeout: (seconds + 20) * 1000, maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','));
}

/**
 * The video's key frames over `seconds` of a live stream, as presentation times: their
 * spacing is the key-frame interval the platform sees.
 */
export async function keyFrameTimes(url: string, seconds: number): Promise<number[]> {
  const rows = await probePackets(url, seconds, 'pts_time,flags', ['-select_streams', 'v:0']);
  return rows
    .filter(([, flags]) => flags?.includes('K'))
    .map(([pts]) => Number.parseFloat(pts ?? ''))
    .filter(Number.isFinite);
}

/** One frame of a live stream as raw RGB24 pixels, scaled to `width`×`height`. */
export async function grabFrame(url: string, width: number, height: number): Promise<Buffer> {
  const { stdout } = await run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-rw_timeout',
      '10000000',
      '-i',
      url,
      '-frames:v',
      '1',
      '-vf',
      `scale=${width}:${height}`,
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1',
    ],
    { encoding: 'buffer', timeout: 20_000, maxBuffer: width * height * 3 + 1024 },
  );
  return stdout;
}
