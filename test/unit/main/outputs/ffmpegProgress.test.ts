import { describe, expect, it } from 'vitest';
import { ProgressReader, type OutputProgress } from '../../../../src/main/services/outputs/ffmpegProgress';

describe("ffmpeg's -progress output", () => {
  it('reports each finished block, across chunk boundaries', () => {
    const seen: OutputProgress[] = [];
    const reader = new ProgressReader((p) => seen.push(p));
    reader.push(
      'frame=0\nfps=0.00\nbitrate=N/A\ntotal_size=N/A\ndrop_frames=0\nout_time_us=N/A\nprogress=cont',
    );
    reader.push('inue\nframe=61\nfps=30.1\nbitr');
    reader.push(
      'ate=2512.4kbits/s\ntotal_size=638464\ndrop_frames=2\nout_time_us=2033000\nprogress=continue\n',
    );
    expect(seen).toEqual([
      { frame: 0, fps: 0, kbps: 0, droppedFrames: 0, outTimeUs: 0, totalBytes: 0 },
      { frame: 61, fps: 30.1, kbps: 2512.4, droppedFrames: 2, outTimeUs: 2_033_000, totalBytes: 638_464 },
    ]);
  });
});
