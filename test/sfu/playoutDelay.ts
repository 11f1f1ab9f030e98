/**
 * The playout-delay RTP header extension a LiveKit server stamps on what it forwards
 * when the room has a playout delay (RoomConfiguration min/max_playout_delay): it tells
 * the viewer's browser to hold frames at least `min` before showing them, so a packet
 * the publisher's uplink lost can be resent and arrive in time rather than freezing the
 * picture. As LiveKit's controller moves within the room's bounds, this one asks for a
 * publisher round trip plus a margin while the uplink is losing packets, and for none on
 * a clean one, so a good network keeps its low delay.
 */
export const playoutDelayUri = 'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay';

export interface PlayoutDelayRange {
  min: number;
  max: number;
}

/** Margin beyond one round trip: the NACK's own wait and the decoder's. */
const marginMs = 150;

/** The minimum delay to ask for, in ms, within the room's range. */
export function playoutDelayFor(
  range: PlayoutDelayRange,
  upstream: { rttMs: number; losing: boolean },
): number {
  const wanted = upstream.losing ? upstream.rttMs + marginMs : 0;
  return Math.min(range.max, Math.max(range.min, wanted));
}

/**
 * The delay to ask of a publication's viewers now, in a room with a playout delay: a round trip and
 * the margin while any of its layers lost a packet in the last 10 s.
 */
export function publicationPlayoutDelay(
  range: PlayoutDelayRange | undefined,
  publisherRttMs: number | undefined,
  layers: readonly { loss: { lastGapAt: number } }[],
): { minMs: number; maxMs: number } | undefined {
  if (!range) return undefined;
  const losing = layers.some((layer) => Date.now() - layer.loss.lastGapAt < 10_000);
  return { minMs: playoutDelayFor(range, { rttMs: publisherRttMs ?? 100, losing }), maxMs: range.max };
}

/** The extension's three bytes: 12 bits of minimum and 12 of maximum delay, in 10 ms units. */
export function playoutDelayPayload(minMs: number, maxMs: number): Buffer {
  const min = Math.min(0xfff, Math.round(minMs / 10));
  const max = Math.min(0xfff, Math.max(min, Math.round(maxMs / 10)));
  return Buffer.from([min >> 4, ((min & 0xf) << 4) | (max >> 8), max & 0xff]);
}

/** The room's range from the creating token's room configuration (JSON in either case). */
export function playoutDelayOf(roomConfig: unknown): PlayoutDelayRange | undefined {
  if (!roomConfig || typeof roomConfig !== 'object') return undefined;
  const config = roomConfig as Record<string, unknown>;
  const max = Number(config['maxPlayoutDelay'] ?? config['max_playout_delay'] ?? 0);
  const min = Number(config['minPlayoutDelay'] ?? config['min_playout_delay'] ?? 0);
  return max > 0 ? { min, max } : undefined;
}
