/** What the publisher's WebRTC statistics say about the show going out, once a second. */
export interface LiveHealth {
  kbps: number;
  fps: number;
  width: number;
  height: number;
  rttMs: number | null;
  lossPercent: number | null;
  /** Why the browser sends less than asked: 'bandwidth', 'cpu' or 'none'. */
  limitation: string;
  viewers: number;
}

interface Previous {
  at: number;
  bytes: number;
}

type Stat = Record<string, unknown> & { type: string };

/**
 * Sums a sender's (the program video's, or the sound's in a voice room) simulcast layers from an RTCStatsReport: bytes (for
 * the bitrate since the previous sample), the top layer's frame rate and
 * size, and the remote side's round trip and loss.
 */
export function readLiveHealth(
  report: RTCStatsReport,
  previous: Previous | undefined,
  now: number,
  viewers: number,
  kind: 'video' | 'audio' = 'video',
): { health: LiveHealth; sample: Previous } {
  let bytes = 0;
  let top: Stat | undefined;
  let rtt: number | null = null;
  let lost = 0;
  let received = 0;
  let limitation = 'none';
  report.forEach((value) => {
    const stat = value as Stat;
    if (stat.type === 'outbound-rtp' && stat['kind'] === kind) {
      bytes += Number(stat['bytesSent'] ?? 0);
      if (!top || Number(stat['frameHeight'] ?? 0) > Number(top['frameHeight'] ?? 0)) top = stat;
      const reason = String(stat['qualityLimitationReason'] ?? 'none');
      if (reason !== 'none') limitation = reason;
    } else if (stat.type === 'remote-inbound-rtp' && stat['kind'] === kind) {
      const seconds = Number(stat['roundTripTime']);
      if (Number.isFinite(seconds)) rtt = Math.max(rtt ?? 0, seconds * 1000);
      lost += Math.max(0, Number(stat['packetsLost'] ?? 0));
      received += Number(stat['packetsReceived'] ?? 0);
    }
  });
  const seconds = previous ? (now - previous.at) / 1000 : 0;
  return {
    health: {
      kbps:
        previous && seconds > 0
          ? Math.max(0, Math.round(((bytes - previous.bytes) * 8) / 1000 / seconds))
          : 0,
      fps: Math.round(Number(top?.['framesPerSecond'] ?? 0)),
      width: Number(top?.['frameWidth'] ?? 0),
      height: Number(top?.['frameHeight'] ?? 0),
      rttMs: rtt === null ? null : Math.round(rtt),
      lossPercent: lost + received > 0 ? Math.round((lost / (lost + received)) * 1000) / 10 : null,
      limitation,
      viewers,
    },
    sample: { at: now, bytes },
  };
}
