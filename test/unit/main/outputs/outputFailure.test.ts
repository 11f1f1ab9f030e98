import { describe, expect, it } from 'vitest';
import { classifyOutputExit } from '../../../../src/main/services/outputs/outputFailure';

// What ffmpeg 5.1 printed in each case, against nginx-rtmp and libsrt on this machine.
const input = "Input #0, matroska,webm, from 'pipe:0':\n  Stream #0:0: Video: h264 (Constrained Baseline)\n";
const samples = {
  keyRefused: `${input}rtmp://127.0.0.1:40123/live/wrong-key: Input/output error\n`,
  refused: `${input}[tcp @ 0x5616af16edc0] Connection to tcp://127.0.0.1:42061?tcp_nodelay=0 failed: Connection refused\n[rtmp @ 0x5616af13c040] Cannot open connection tcp://127.0.0.1:42061?tcp_nodelay=0\n`,
  noDns: `${input}[tcp @ 0x5589ed0653c0] Failed to resolve hostname nonexistent.invalid: Name or service not known\n[rtmp @ 0x5589ed068500] Cannot open connection tcp://nonexistent.invalid:1935?tcp_nodelay=0\nrtmp://nonexistent.invalid/live/k: Input/output error\n`,
  tlsToPlain: `${input}[tls @ 0x557f51889900] Error in the pull function.\n[tls @ 0x557f51889900] IO error: Connection timed out\n[rtmps @ 0x1] Cannot open connection tls://127.0.0.1:19350\n`,
  srtBadSecret: `${input}03:22:19.287952/SRT:RcvQ:w1!W:SRT.cn: processAsyncConnectRequest: REJECT reported from HS processing: Incorrect passphrase - not processing further\n[srt @ 0x5591a0b95680] Connection to srt://127.0.0.1:45998?mode=caller&passphrase=x failed: Input/output error\n`,
  srtNoListener: `${input}[srt @ 0x55b46522e580] Connection to srt://127.0.0.1:45999?mode=caller failed: Input/output error\n`,
  dropped: `${input}Output #0, flv, to 'rtmp://127.0.0.1:19350/live/goodkey':\nav_interleaved_write_frame(): Broken pipe\nError writing trailer of rtmp://127.0.0.1:19350/live/goodkey: Broken pipe\nConversion failed!\n`,
  badInput: `[matroska,webm @ 0x1] EBML header parsing failed\npipe:0: Invalid data found when processing input\n`,
};

describe('why a destination ended, from ffmpeg', () => {
  it('a key refused at the handshake is not retried', () => {
    expect(classifyOutputExit(samples.keyRefused, false)).toEqual({
      code: 'OUTPUT_KEY_REFUSED',
      retry: false,
    });
    expect(classifyOutputExit(samples.srtBadSecret, false)).toEqual({
      code: 'OUTPUT_KEY_REFUSED',
      retry: false,
    });
  });

  it('an ingest that is down or unknown retries', () => {
    for (const stderr of [samples.refused, samples.noDns, samples.srtNoListener])
      expect(classifyOutputExit(stderr, false)).toEqual({ code: 'OUTPUT_UNREACHABLE', retry: true });
  });

  it('a server that does not speak TLS is a TLS failure', () => {
    expect(classifyOutputExit(samples.tlsToPlain, false)).toEqual({
      code: 'OUTPUT_TLS_FAILED',
      retry: false,
    });
  });

  it('a platform that drops a flowing stream is reconnected', () => {
    expect(classifyOutputExit(samples.dropped, true)).toEqual({ code: 'OUTPUT_CLOSED', retry: true });
  });

  it("the window's media failing is told apart from the platform", () => {
    expect(classifyOutputExit(samples.badInput, false)).toEqual({ code: 'OUTPUT_MEDIA_FAILED', retry: true });
  });
});
