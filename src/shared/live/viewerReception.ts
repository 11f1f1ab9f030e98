import { z } from 'zod';

/**
 * What one viewer page says it gets, every few seconds: the picture's height, the
 * frames it presented a second, and its freezes (more than 200 ms without a new
 * frame) over that period. The host cannot see viewers' screens; this is how the
 * status bar can say what they see rather than what the studio sends.
 */
export const receptionReportSchema = z.object({
  height: z.number().int().min(0).max(4320),
  fps: z.number().min(0).max(240),
  freezes: z.number().int().min(0).max(10_000),
  /** The period the report covers. */
  seconds: z.number().min(0.5).max(60),
});
export type ReceptionReport = z.infer<typeof receptionReportSchema>;

/** How often a viewer page reports, and how long a report counts for. */
export const receptionReportMs = 5000;
const reportLifetimeMs = 3 * receptionReportMs;

/** A gap longer than this with no new frame is a freeze (the weak-network bench counts the same). */
export const freezeGapMs = 200;

export interface ViewerReception {
  /** Viewers whose report is recent. */
  viewers: number;
  /** The middle viewer's picture height and frame rate. */
  height: number;
  fps: number;
  /** Freezes a minute, all viewers reporting together. */
  freezesPerMinute: number;
}

/** Keeps each viewer's latest report and sums up what viewers get now. */
export class ReceptionReports {
  private readonly latest = new Map<string, { report: ReceptionReport; at: number }>();

  add(viewer: string, report: ReceptionReport, now: number): void {
    this.latest.set(viewer, { report, at: now });
  }

  remove(viewer: string): void {
    this.latest.delete(viewer);
  }

  clear(): void {
    this.latest.clear();
  }

  /** Undefined while no viewer has reported recently. */
  summary(now: number): ViewerReception | undefined {
    for (const [viewer, { at }] of this.latest) if (now - at > reportLifetimeMs) this.latest.delete(viewer);
    const reports = [...this.latest.values()].map((entry) => entry.report);
    if (reports.length === 0) return undefined;
    const freezes = reports.reduce((sum, r) => sum + r.freezes, 0);
    const minutes = reports.reduce((sum, r) => sum + r.seconds, 0) / 60;
    return {
      viewers: reports.length,
      height: median(reports.map((r) => r.height)),
      fps: Math.round(median(reports.map((r) => r.fps))),
      freezesPerMinute: Math.round((freezes / minutes) * 10) / 10,
    };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * Counts the frames a player presents and its freezes, for a viewer page's report.
 * Fed the presentation times (requestVideoFrameCallback); `take` ends a period.
 */
export class PresentedFrames {
  private frames = 0;
  private freezes = 0;
  private last: number | undefined;
  private since: number;

  constructor(now: number) {
    this.since = now;
  }

  presented(at: number): void {
    if (this.last !== undefined && at - this.last > freezeGapMs) this.freezes++;
    this.last = at;
    this.frames++;
  }

  /** The period's report, and a new period from `now`. */
  take(now: number, height: number): ReceptionReport {
    // A picture that stopped altogether is frozen now, even with no frame to end the gap.
    const stalled = this.last === undefined || now - this.last > freezeGapMs ? 1 : 0;
    const seconds = Math.max(0.5, (now - this.since) / 1000);
    const report = {
      height,
      fps: Math.round((this.frames / seconds) * 10) / 10,
      freezes: this.freezes + stalled,
      seconds,
    };
    this.frames = 0;
    this.freezes = 0;
    this.since = now;
    return report;
  }
}
