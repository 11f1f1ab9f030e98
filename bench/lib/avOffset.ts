import { probePackets } from '../../test/support/ingest/probeStream';

/**
 * How far the video runs ahead of the audio in a live stream, in ms: for each video packet
 * as it arrives, its time minus the latest audio packet's, averaged over `seconds`. Its change
 * over a show is the audio/video drift viewers would hear.
 */
export async function avOffsetMs(url: string, seconds: number): Promise<number> {
  let audio: number | undefined;
  const offsets: number[] = [];
  for (const [type, pts] of await probePackets(url, seconds, 'codec_type,pts_time')) {
    const time = Number.parseFloat(pts ?? '');
    if (!Number.isFinite(time)) continue;
    if (type === 'audio') audio = time;
    else if (type === 'video' && audio !== undefined) offsets.push((time - audio) * 1000);
  }
  if (offsets.length === 0) throw new Error(`no audio and video packets read from ${url}`);
  return offsets.reduce((a, b) => a + b, 0) / offsets.length;
}
