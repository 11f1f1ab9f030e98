/** One block of ffmpeg's `-progress` output: the figures the destination's chips show. */
export interface OutputProgress {
  frame: number;
  fps: number;
  kbps: number;
  droppedFrames: number;
  outTimeUs: number;
  /** Bytes written to the ingest so far. */
  totalBytes: number;
}

/**
 * Reads ffmpeg's `-progress` lines (key=value, each block ending with `progress=continue` or
 * `progress=end`) and reports every finished block.
 */
export class ProgressReader {
  private pending = '';
  private block = new Map<string, string>();

  constructor(private readonly onProgress: (progress: OutputProgress) => void) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      const at = line.indexOf('=');
      if (at <= 0) continue;
      const key = line.slice(0, at).trim();
      const value = line.slice(at + 1).trim();
      if (key !== 'progress') {
        this.block.set(key, value);
        continue;
      }
      this.onProgress({
        frame: this.number('frame'),
        fps: this.number('fps'),
        // "2500.1kbits/s", or "N/A" before the first packet.
        kbps: this.number('bitrate'),
        droppedFrames: this.number('drop_frames'),
        outTimeUs: this.number('out_time_us'),
        totalBytes: this.number('total_size'),
      });
      this.block = new Map();
    }
  }

  private number(key: string): number {
    const value = Number.parseFloat(this.block.get(key) ?? '');
    return Number.isFinite(value) ? value : 0;
  }
}
