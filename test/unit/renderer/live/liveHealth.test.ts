import { describe, expect, it } from 'vitest';
import { readLiveHealth } from '../../../../src/renderer/media/live/liveHealth';

const report = (entries: Record<string, unknown>[]): RTCStatsReport =>
  new Map(entries.map((e, i) => [String(i), e])) as unknown as RTCStatsReport;

describe('readLiveHealth', () => {
  it('sums the simulcast layers, takes the top layer, and reads the remote side', () => {
    const at = (bytes: [number, number], reason = 'none') =>
      report([
        {
          type: 'outbound-rtp',
          kind: 'video',
          bytesSent: bytes[0],
          frameHeight: 360,
          frameWidth: 640,
          framesPerSecond: 30,
        },
        {
          type: 'outbound-rtp',
          kind: 'video',
          bytesSent: bytes[1],
          frameHeight: 1080,
          frameWidth: 1920,
          framesPerSecond: 29.7,
          qualityLimitationReason: reason,
        },
        {
          type: 'remote-inbound-rtp',
          kind: 'video',
          roundTripTime: 0.042,
          // Cumulative counts stay large after an early burst; the report's recent fraction is what counts.
          packetsLost: 900,
          fractionLost: 0.03,
        },
        { type: 'remote-inbound-rtp', kind: 'video', roundTripTime: 0.04, fractionLost: 0.01 },
        { type: 'outbound-rtp', kind: 'audio', bytesSent: 999_999 },
      ]);
    const first = readLiveHealth(at([0, 0]), undefined, 0, 2);
    expect(first.health).toMatchObject({ kbps: 0, width: 1920, height: 1080, fps: 30, viewers: 2 });
    const second = readLiveHealth(at([50_000, 250_000], 'bandwidth'), first.sample, 1000, 2);
    expect(second.health).toEqual({
      kbps: 2400,
      fps: 30,
      width: 1920,
      height: 1080,
      rttMs: 42,
      lossPercent: 3,
      limitation: 'bandwidth',
      viewers: 2,
    });
  });

  it('says nothing about the network before the far side reports', () => {
    const { health } = readLiveHealth(
      report([{ type: 'outbound-rtp', kind: 'video', bytesSent: 10 }]),
      undefined,
      0,
      0,
    );
    expect(health.rttMs).toBeNull();
    expect(health.lossPercent).toBeNull();
  });
});
