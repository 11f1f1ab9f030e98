import type { OBSResponseTypes } from 'obs-websocket-js';
import type { ObsStats } from '../../../shared/obs/obsState';

interface Sample {
  at: number;
  renderSkipped: number;
  outputSkipped: number;
  streamSkipped: number;
  streamBytes: number;
}

/**
 * Turns OBS's running totals (skipped frames, bytes sent) into per-interval
 * figures: the stream's bitrate and whether frames were dropped since the
 * previous sample, which is what a producer needs to see.
 */
export class ObsStatsSampler {
  private previous: Sample | undefined;

  reset(): void {
    this.previous = undefined;
  }

  next(
    at: number,
    stats: OBSResponseTypes['GetStats'],
    stream: OBSResponseTypes['GetStreamStatus'],
    record: OBSResponseTypes['GetRecordStatus'],
  ): ObsStats {
    const sample: Sample = {
      at,
      renderSkipped: stats.renderSkippedFrames,
      outputSkipped: stats.outputSkippedFrames,
      streamSkipped: stream.outputSkippedFrames,
      streamBytes: stream.outputBytes,
    };
    const before = this.previous;
    this.previous = sample;
    const seconds = before ? (at - before.at) / 1000 : 0;
    const dropped =
      before !== undefined &&
      (sample.renderSkipped > before.renderSkipped ||
        sample.outputSkipped > before.outputSkipped ||
        sample.streamSkipped > before.streamSkipped);
    return {
      cpuPercent: Math.round(stats.cpuUsage * 10) / 10,
      fps: Math.round(stats.activeFps * 10) / 10,
      renderSkippedFrames: stats.renderSkippedFrames,
      renderTotalFrames: stats.renderTotalFrames,
      outputSkippedFrames: stats.outputSkippedFrames,
      outputTotalFrames: stats.outputTotalFrames,
      streamKbps:
        stream.outputActive && before && seconds > 0 && sample.streamBytes >= before.streamBytes
          ? Math.round(((sample.streamBytes - before.streamBytes) * 8) / 1000 / seconds)
          : null,
      recordingMs: record.outputActive ? record.outputDuration : null,
      droppingFrames: dropped,
    };
  }
}
