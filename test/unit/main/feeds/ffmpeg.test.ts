import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../../src/shared/feeds/feed';
import { feedUrlProblem } from '../../../../src/shared/feeds/feed';
import { ffmpegArgs, inputUrl } from '../../../../src/main/services/feeds/ffmpegArgs';
import { classifyFfmpegExit, inputVideoCodec } from '../../../../src/main/services/feeds/ffmpegFailure';

const feed = (url: string, extra: Partial<Feed> = {}): Feed => ({
  id: 'f',
  name: 'Dock',
  url,
  rtspTransport: 'tcp',
  username: '',
  ...extra,
});

describe('feed addresses', () => {
  it.each([
    ['rtsp://192.168.1.20:554/stream1', undefined],
    ['srt://10.0.0.5:9000?mode=caller', undefined],
    ['https://cdn.example/live/index.m3u8', undefined],
    ['rtsp://', 'malformed'],
    ['not a url', 'malformed'],
    ['ftp://cam/stream', 'protocol'],
    ['file:///etc/passwd', 'protocol'],
    ['rtsp://admin:1234@192.168.1.20/stream', 'credentials'],
  ])('%s → %s', (url, problem) => {
    expect(feedUrlProblem(url)).toBe(problem);
  });

  it('puts credentials into the URL only for ffmpeg, percent-encoded', () => {
    expect(inputUrl(feed('rtsp://10.0.0.2/cam', { username: 'dock@1' }), 'p:ss/w#rd')).toBe(
      'rtsp://dock%401:p%3Ass%2Fw%23rd@10.0.0.2/cam',
    );
    expect(inputUrl(feed('rtsp://10.0.0.2/cam'), 'ignored')).toBe('rtsp://10.0.0.2/cam');
  });
});

describe('ffmpeg arguments', () => {
  it('copies H.264 from RTSP over the chosen transport, with a socket timeout and AUDs', () => {
    const args = ffmpegArgs({
      feed: feed('rtsp://10.0.0.2/cam', { rtspTransport: 'udp' }),
      password: undefined,
      transcode: false,
      fullProbe: false,
    });
    expect(args.join(' ')).toContain('-rtsp_transport udp -timeout 5000000');
    expect(args.join(' ')).toContain('-c:v copy -bsf:v h264_metadata=aud=insert -f h264 pipe:1');
    expect(args).not.toContain('libx264');
  });

  it('re-encodes with low-delay x264 when asked, and probes non-RTSP inputs', () => {
    const args = ffmpegArgs({
      feed: feed('srt://10.0.0.5:9000'),
      password: undefined,
      transcode: true,
      fullProbe: false,
    }).join(' ');
    expect(args).toContain('-rw_timeout 5000000');
    expect(args).toContain('-c:v libx264 -preset ultrafast -tune zerolatency -g 30 -bf 0');
    expect(args).not.toContain('-rtsp_transport');
  });
});

describe('ffmpeg exits', () => {
  it.each([
    ['[rtsp @ 0x1] method DESCRIBE failed: 401 Unauthorized', 'FEED_AUTH_FAILED', false],
    ["Stream map '0:v:0' matches no streams.", 'FEED_NO_VIDEO', false],
    ['rtsp://127.0.0.1:9/cam: Connection refused', 'FEED_UNREACHABLE', true],
    ['[rtsp @ 0x1] method DESCRIBE failed: 404 Not Found', 'FEED_NOT_FOUND', true],
    ['http://x: Invalid data found when processing input', 'FEED_UNSUPPORTED', false],
    ['Failed to resolve hostname cam.local: Name or service not known', 'FEED_UNREACHABLE', true],
  ])('%s', (stderr, code, retry) => {
    expect(classifyFfmpegExit(stderr)).toEqual({ code, retry });
  });

  it('reads the input codec, not the output one', () => {
    const stderr = [
      'Input #0, rtsp, from ...',
      '  Stream #0:0: Video: hevc (Main), yuv420p(tv), 1280x720, 30 fps',
      'Output #0, h264, to pipe:1:',
      '  Stream #0:0: Video: h264, yuv420p',
    ].join('\n');
    expect(inputVideoCodec(stderr)).toBe('hevc');
  });
});
