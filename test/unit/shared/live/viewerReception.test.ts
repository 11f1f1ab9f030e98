import { describe, expect, it } from 'vitest';
import {
  PresentedFrames,
  ReceptionReports,
  receptionReportSchema,
} from '../../../../src/shared/live/viewerReception';

describe('what viewers get', () => {
  it('counts presented frames and freezes of more than 200 ms over a period', () => {
    const frames = new PresentedFrames(0);
    for (let at = 0; at < 2000; at += 33) frames.presented(at);
    for (let at = 2500; at < 5000; at += 33) frames.presented(at);
    const report = frames.take(5000, 720);
    expect(report).toMatchObject({ height: 720, freezes: 1, seconds: 5 });
    expect(report.fps).toBeCloseTo(27.3, 0);
    expect(receptionReportSchema.safeParse(report).success).toBe(true);
  });

  it('reports a picture that stopped altogether as frozen, even with no frame to end the gap', () => {
    const frames = new PresentedFrames(0);
    frames.presented(100);
    expect(frames.take(5000, 720)).toMatchObject({ fps: 0.2, freezes: 1 });
    expect(frames.take(10_000, 720)).toMatchObject({ fps: 0, freezes: 1 });
  });

  it('sums up the middle viewer and everyone’s freezes, forgetting viewers who stopped reporting', () => {
    const reports = new ReceptionReports();
    reports.add('a', { height: 720, fps: 30, freezes: 0, seconds: 5 }, 0);
    reports.add('b', { height: 360, fps: 24, freezes: 1, seconds: 5 }, 0);
    reports.add('c', { height: 720, fps: 29, freezes: 0, seconds: 5 }, 10_000);
    expect(reports.summary(10_000)).toEqual({ viewers: 3, height: 720, fps: 29, freezesPerMinute: 4 });
    expect(reports.summary(20_000)).toEqual({ viewers: 1, height: 720, fps: 29, freezesPerMinute: 0 });
    reports.remove('c');
    expect(reports.summary(20_000)).toBeUndefined();
  });

  it('refuses a malformed report from a peer', () => {
    expect(receptionReportSchema.safeParse({ height: -1, fps: 30, freezes: 0, seconds: 5 }).success).toBe(
      false,
    );
    expect(receptionReportSchema.safeParse({ height: 720, fps: 1e9, freezes: 0, seconds: 5 }).success).toBe(
      false,
    );
  });
});
