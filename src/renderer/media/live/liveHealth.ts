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
 * size, and the remote side's round trip and recent loss (its worst layer).
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
  let lost: number | null = null;
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
      // The receiver's last report: the share lost since the one before (cumulative counts would
      // hide a loss that starts mid-show, and remote-inbound-rtp carries no received count).
      const fraction = Number(stat['fractionLost']);
      if (Number.isFinite(fraction)) lost = Math.max(lost ?? 0, fraction);
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
      lossPercent: lost === null ? null : Math.round(lost * 1000) / 10,
      limitation,
      viewers,
    },
    sample: { at: now, bytes },
  };
}
