import { EventEmitter } from 'node:events';
import * as livekit from 'livekit-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowEvent } from '../../../../src/shared/analytics/showEvents';
import { encodeShowData, showTopics } from '../../../../src/shared/live/showData';
import { LiveAudience } from '../../../../src/renderer/media/live/liveAudience';
import { ShowEventSink } from '../../../../src/renderer/media/live/showEventSink';

/** The part of a livekit-client Room the audience follows, driven by the test. */
class FakeRoom extends EventEmitter {
  readonly localParticipant = { identity: 'studio' };
  readonly remoteParticipants = new Map<string, FakeParticipant>();

  join(
    identity: string,
    attributes: Record<string, string>,
    kind = livekit.ParticipantKind.STANDARD,
  ): FakeParticipant {
    const participant = { identity, attributes, kind };
    this.remoteParticipants.set(identity, participant);
    this.emit(livekit.RoomEvent.ParticipantConnected, participant);
    return participant;
  }

  leave(identity: string): void {
    const participant = this.remoteParticipants.get(identity);
    this.remoteParticipants.delete(identity);
    this.emit(livekit.RoomEvent.ParticipantDisconnected, participant);
  }
}
interface FakeParticipant {
  identity: string;
  attributes: Record<string, string>;
  kind: livekit.ParticipantKind;
}

describe('LiveAudience', () => {
  let sent: WindowEvent[];
  let room: FakeRoom;
  let audience: LiveAudience;
  const sink = (): ShowEventSink =>
    new ShowEventSink(async (events) => {
      sent.push(...events);
    });

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    room = new FakeRoom();
    audience = new LiveAudience(sink());
  });
  afterEach(() => {
    audience.detach();
    vi.useRealTimers();
  });
  const attach = (): void => audience.attach(room as unknown as livekit.Room, livekit.RoomEvent);
  const audienceCounts = () => sent.filter((e) => e.kind === 'audience').map((e) => e.counts);

  it('announces who is already there, then follows joins and leaves, counting once the rush settles', async () => {
    room.join('ana', { 'crosslive.market': 'br' });
    attach();
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toEqual([
      { kind: 'viewerJoin', viewer: 'ana', market: 'br' },
      { kind: 'audience', destination: 'livekit', counts: { br: 1 } },
    ]);
    room.join('li', { 'crosslive.market': 'sa' });
    room.join('bia', { 'crosslive.market': 'br' });
    room.leave('ana');
    await vi.advanceTimersByTimeAsync(1300);
    expect(sent.slice(2)).toEqual([
      { kind: 'viewerJoin', viewer: 'li', market: 'sa' },
      { kind: 'viewerJoin', viewer: 'bia', market: 'br' },
      { kind: 'viewerLeave', viewer: 'ana', market: 'br' },
      { kind: 'audience', destination: 'livekit', counts: { sa: 1, br: 1 } },
    ]);
  });

  it('samples every 10 s, and counts a page that did not say its market as unknown', async () => {
    attach();
    room.join('bot-free', {});
    room.join('x', { 'crosslive.market': 'atlantis' });
    await vi.advanceTimersByTimeAsync(20_300);
    expect(audienceCounts()).toEqual([{}, { unknown: 2 }, { unknown: 2 }, { unknown: 2 }]);
  });

  it('leaves recorders and agents out of the audience', async () => {
    attach();
    room.join('egress-1', {}, livekit.ParticipantKind.EGRESS);
    room.join('agent', {}, livekit.ParticipantKind.AGENT);
    await vi.advanceTimersByTimeAsync(1300);
    expect(sent.filter((e) => e.kind === 'viewerJoin')).toEqual([]);
    expect(audienceCounts().at(-1)).toEqual({});
  });

  it('moves a viewer who switches market, and counts buy clicks from well-formed messages only', async () => {
    attach();
    const ana = room.join('ana', { 'crosslive.market': 'br' });
    ana.attributes = { 'crosslive.market': 'mx' };
    room.emit(livekit.RoomEvent.ParticipantAttributesChanged, {}, ana);
    room.emit(
      livekit.RoomEvent.DataReceived,
      encodeShowData({ productId: 'scarf', market: 'mx' }),
      ana,
      undefined,
      showTopics.buy,
    );
    room.emit(
      livekit.RoomEvent.DataReceived,
      encodeShowData({ productId: '', market: 'mx' }),
      ana,
      undefined,
      showTopics.buy,
    );
    room.emit(
      livekit.RoomEvent.DataReceived,
      new TextEncoder().encode('{oops'),
      ana,
      undefined,
      showTopics.buy,
    );
    room.emit(
      livekit.RoomEvent.DataReceived,
      encodeShowData({ productId: 'scarf', market: 'mx' }),
      ana,
      undefined,
      showTopics.vote,
    );
    await vi.advanceTimersByTimeAsync(300);
    expect(sent.filter((e) => e.kind !== 'audience')).toEqual([
      { kind: 'viewerJoin', viewer: 'ana', market: 'br' },
      { kind: 'viewerLeave', viewer: 'ana', market: 'br' },
      { kind: 'viewerJoin', viewer: 'ana', market: 'mx' },
      { kind: 'buyClick', viewer: 'ana', market: 'mx', productId: 'scarf' },
    ]);
  });

  it('hears nothing more from a room it left', async () => {
    attach();
    audience.detach();
    room.join('late', { 'crosslive.market': 'br' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sent).toEqual([{ kind: 'audience', destination: 'livekit', counts: {} }]);
  });
});

describe('ShowEventSink', () => {
  it('sends what a quarter second gathers in one call', async () => {
    vi.useFakeTimers();
    const calls: WindowEvent[][] = [];
    const sink = new ShowEventSink(async (events) => void calls.push(events));
    sink.record({ kind: 'scene', sceneId: 'a', name: 'A' });
    sink.record({ kind: 'product', productId: null, name: '' });
    await vi.advanceTimersByTimeAsync(260);
    sink.record({ kind: 'scene', sceneId: 'b', name: 'B' });
    sink.flush();
    expect(calls.map((c) => c.length)).toEqual([2, 1]);
    vi.useRealTimers();
  });
});
