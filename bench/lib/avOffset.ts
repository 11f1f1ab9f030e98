import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * How far the video runs ahead of the audio in a live stream, in ms: for each video packet
 * as it arrives, its time minus the latest audio packet's, averaged over `seconds`. Its change
 * over a show is the audio/video drift viewers would hear.
 */
export async function avOffsetMs(url: string, seconds: number): Promise<number> {
  const { stdout } = await run(
    'ffprobe',
    [
      '-v',
      'error',
      '-rw_timeout',
      '10000000',
      '-read_intervals',
      `%+${seconds}`,
      '-show_entries',
      'packet=codec_type,pts_time',
      '-of',
      'csv=p=0',
      url,
    ],
    { timeout: (seconds + 20) * 1000, maxBuffer: 64 * 1024 * 1024 },
  );
  let audio: number | undefined;
  const offsets: number[] = [];
  for (const line of stdout.split('\n')) {
    const [type, pts] = line.split(',');
    const time = Number.parseFloat(pts ?? '');
    if (!Number.isFinite(time)) continue;
    if (type === 'audio') audio = time;
    else if (type === 'video' && audio !== undefined) offsets.push((time - audio) * 1000);
  }
  if (offsets.length === 0) throw new Error(`no audio and video packets read from ${url}`);
  return offsets.reduce((a, b) => a + b, 0) / offsets.length;
}
