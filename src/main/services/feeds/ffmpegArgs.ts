import type { Feed } from '../../../shared/feeds/feed';

export interface FfmpegPlan {
  feed: Feed;
  password: string | undefined;
  /** Re-encode to H.264: the camera sends HEVC, MJPEG or anything else. */
  transcode: boolean;
  /** Probe the stream before reading it: needed where the SDP alone does not describe it (MJPEG). */
  fullProbe: boolean;
}

/** Seconds ffmpeg waits on a silent socket before giving up, so a dead camera ends its process. */
export const ioTimeoutSeconds = 5;

/** The camera's address with the credentials put in for ffmpeg (they never sit in the stored URL). */
export function inputUrl(feed: Feed, password: string | undefined): string {
  const url = new URL(feed.url);
  if (feed.username) {
    url.username = encodeURIComponent(feed.username);
    url.password = encodeURIComponent(password ?? '');
  }
  return url.toString();
}

/**
 * ffmpeg's arguments for one feed: read the first video stream with as little
 * buffering as the protocol allows and write raw Annex-B H.264 to stdout with
 * an access unit delimiter before every picture. H.264 is copied untouched;
 * other codecs are encoded with x264 for low delay.
 */
export function ffmpegArgs(plan: FfmpegPlan): string[] {
  const { feed } = plan;
  const protocol = new URL(feed.url).protocol;
  const timeoutMicros = String(ioTimeoutSeconds * 1_000_000);
  const input: string[] = [];
  const rtsp = protocol === 'rtsp:' || protocol === 'rtsps:';
  if (rtsp) input.push('-rtsp_transport', feed.rtspTransport, '-timeout', timeoutMicros);
  else input.push('-rw_timeout', timeoutMicros);
  // An H.264 camera's SDP names the codec and its parameters, so RTSP starts without probing
  // (~250 ms to the first byte instead of ~1.2 s); other streams are probed.
  if (rtsp && !plan.fullProbe) input.push('-probesize', '32', '-analyzeduration', '0');
  else input.push('-probesize', '500000', '-analyzeduration', '500000');
  const encode = plan.transcode
    ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-g', '30', '-bf', '0']
    : ['-c:v', 'copy'];
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'info',
    // Not '-fflags nobuffer': measured here, it delays ffmpeg's first output by ~1 s.
    ...input,
    '-i',
    inputUrl(feed, plan.password),
    '-map',
    '0:v:0',
    '-an',
    '-sn',
    '-dn',
    ...encode,
    ...(plan.transcode ? ['-pix_fmt', 'yuv420p'] : []),
    '-bsf:v',
    'h264_metadata=aud=insert',
    '-f',
    'h264',
    'pipe:1',
  ];
}
