import type { OBSResponseTypes } from 'obs-websocket-js';
import { describe, expect, it } from 'vitest';
import { ObsStatsSampler } from '../../../../src/main/services/obs/obsStatsSampler';

const stats = (renderSkipped: number, outputSkipped: number): OBSResponseTypes['GetStats'] => ({
  cpuUsage: 12.345,
  memoryUsage: 200,
  availableDiskSpace: 1000,
  activeFps: 29.97,
  averageFrameRenderTime: 2,
  renderSkippedFrames: renderSkipped,
  renderTotalFrames: 1000,
  outputSkippedFrames: outputSkipped,
  outputTotalFrames: 900,
  webSocketSessionIncomingMessages: 1,
  webSocketSessionOutgoingMessages: 1,
});
const stream = (active: boolean, bytes: number, skipped = 0): OBSResponseTypes['GetStreamStatus'] => ({
  outputActive: active,
  outputReconnecting: false,
  outputTimecode: '00:00:00.000',
  outputDuration: 0,
  outputCongestion: 0,
  outputBytes: bytes,
  outputSkippedFrames: skipped,
  outputTotalFrames: 0,
});
const record = (active: boolean, ms: number): OBSResponseTypes['GetRecordStatus'] => ({
  outputActive: active,
  outputPaused: false,
  outputTimecode: '',
  outputDuration: ms,
  outputBytes: 0,
});

describe('OBS stats', () => {
  it('turns running totals into a bitrate and a drop warning per interval', () => {
    const sampler = new ObsStatsSampler();
    const first = sampler.next(0, stats(3, 0), stream(true, 0), record(false, 0));
    // Skipped frames from before the studio looked are not a warning; the first sample has no rate.
    expect(first).toMatchObject({
      droppingFrames: false,
      streamKbps: null,
      recordingMs: null,
      cpuPercent: 12.3,
    });
    const second = sampler.next(2000, stats(3, 0), stream(true, 625_000), record(true, 4000));
    expect(second).toMatchObject({ droppingFrames: false, streamKbps: 2500, recordingMs: 4000, fps: 30 });
    expect(sampler.next(4000, stats(5, 0), stream(true, 1_250_000), record(true, 6000)).droppingFrames).toBe(
      true,
    );
    expect(
      sampler.next(6000, stats(5, 0), stream(true, 1_875_000, 4), record(true, 8000)).droppingFrames,
    ).toBe(true);
    expect(sampler.next(8000, stats(5, 0), stream(false, 0, 4), record(false, 0))).toMatchObject({
      droppingFrames: false,
      streamKbps: null,
    });
  });
});
