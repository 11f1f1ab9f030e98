/**
 * The test SFU's view of each participant's link, told to clients as LiveKit
 * ConnectionQualityUpdates: loss from RTP sequence numbers of what a publisher
 * sends, round trip from the client's own pings. A simplified version of what a
 * LiveKit server scores (it uses a MOS model); thresholds are in the code.
 */
import { ConnectionQuality, ConnectionQualityInfo } from '@livekit/protocol';

interface Window {
  lastExtended: number;
  first: number;
  received: number;
}

export class ReceptionCounter {
  private readonly windows = new Map<unknown, Window>();

  onPacket(stream: unknown, sequenceNumber: number): void {
    const w = this.windows.get(stream);
    if (!w) {
      this.windows.set(stream, { lastExtended: sequenceNumber, first: sequenceNumber, received: 1 });
      return;
    }
    const delta = (sequenceNumber - (w.lastExtended & 0xffff) + 0x10000) & 0xffff;
    // A small step forward is a new packet; a large one is a late (reordered) packet.
    if (delta < 0x8000) w.lastExtended += delta;
    w.received++;
  }

  /** The share of packets lost since the last call (undefined without packets), and a fresh window. */
  takeLoss(): number | undefined {
    let expected = 0;
    let received = 0;
    for (const [stream, w] of this.windows) {
      expected += w.lastExtended - w.first + 1;
      received += w.received;
      this.windows.set(stream, { lastExtended: w.lastExtended, first: w.lastExtended + 1, received: 0 });
    }
    return expected > 0 ? Math.max(0, 1 - received / expected) : undefined;
  }
}

/** Excellent under 2% loss and 300 ms; poor from 8% loss or 800 ms; good between. Never LOST (it forces a rejoin). */
export function scoreLink(loss: number | undefined, rttMs: number | undefined): ConnectionQuality {
  const l = loss ?? 0;
  const r = rttMs ?? 0;
  if (l >= 0.08 || r >= 800) return ConnectionQuality.POOR;
  if (l >= 0.02 || r >= 300) return ConnectionQuality.GOOD;
  return ConnectionQuality.EXCELLENT;
}

/** Each participant's link, scored over the loss counted since the last update. */
export function linkQualities(
  participants: Iterable<{ info: { sid: string }; reception: ReceptionCounter; rttMs?: number }>,
): ConnectionQualityInfo[] {
  return [...participants].map(
    (p) =>
      new ConnectionQualityInfo({
        participantSid: p.info.sid,
        quality: scoreLink(p.reception.takeLoss(), p.rttMs),
        score: 0,
      }),
  );
}
