import type { Destination } from '../../../shared/outputs/destination';
import { platformPresets } from '../../../shared/outputs/platformPresets';

export interface OutputTarget {
  destination: Destination;
  streamKey: string | undefined;
  srtPassphrase: string | undefined;
}

/** The address ffmpeg publishes to: the server URL with the stream key, or SRT's options. */
export function publishUrl({ destination, streamKey, srtPassphrase }: OutputTarget): string {
  const url = new URL(destination.serverUrl.trim());
  if (url.protocol === 'srt:') {
    url.searchParams.set('mode', 'caller');
    // ffmpeg's srt latency is in microseconds.
    url.searchParams.set('latency', String(destination.srtLatencyMs * 1000));
    if (srtPassphrase) url.searchParams.set('passphrase', srtPassphrase);
    if (streamKey) url.searchParams.set('streamid', streamKey);
    return url.toString();
  }
  const base = url.toString().replace(/\/+$/, '');
  return streamKey ? `${base}/${streamKey}` : base;
}

/** The same address with the secrets masked, for the log. */
export function loggableUrl(target: OutputTarget): string {
  return publishUrl({
    ...target,
    streamKey: target.streamKey ? '***' : undefined,
    srtPassphrase: target.srtPassphrase ? '***' : undefined,
  });
}

/**
 * ffmpeg reads the window's encoded variant (H.264 and Opus in live Matroska) on stdin,
 * copies the video untouched, makes the audio AAC (what every RTMP ingest takes), and
 * publishes FLV over RTMP(S) or MPEG-TS over SRT. Progress goes to stdout as key=value
 * lines (-progress), errors to stderr.
 */
export function outputArgs(target: OutputTarget): string[] {
  const { destination } = target;
  const srt = destination.serverUrl.trim().startsWith('srt:');
  const audioKbps = platformPresets[destination.platform].audioKbps;
  return [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    'info',
    '-progress',
    'pipe:1',
    '-stats_period',
    '1',
    // The stream's tracks are in the Matroska header: nothing to probe, so no start-up delay.
    '-fflags',
    'nobuffer',
    '-probesize',
    '32768',
    '-analyzeduration',
    '0',
    '-f',
    'matroska',
    '-i',
    'pipe:0',
    '-map',
    '0:v:0',
    '-map',
    '0:a:0?',
    '-c:v',
    'copy',
    '-c:a',
    'aac',
    '-b:a',
    `${audioKbps}k`,
    '-ar',
    '48000',
    '-ac',
    '2',
    // An ingest silent for 5 s (a TLS handshake nobody answers, a stalled socket) ends the attempt.
    '-rw_timeout',
    '5000000',
    ...(srt
      ? ['-f', 'mpegts', '-mpegts_flags', 'resend_headers']
      : ['-f', 'flv', '-flvflags', 'no_duration_filesize']),
    publishUrl(target),
  ];
}
