import { EventEmitter } from 'node:events';
import type { Room, RoomEvent } from 'livekit-client';
import { describe, expect, it, vi } from 'vitest';
import { RoomVariants } from '../../../../src/renderer/media/live/roomVariants';

const events = { Disconnected: 'disconnected' } as unknown as typeof RoomEvent;

/** Just what RoomVariants touches of a livekit-client Room. */
function fakeRoom() {
  const room = new EventEmitter();
  let sids = 0;
  const localParticipant = {
    audioTrackPublications: new Map([['TR_mix', { trackSid: 'TR_mix' }]]),
    publishTrack: vi.fn(async (track: MediaStreamTrack, options: { name: string }) => ({
      trackSid: `TR_v${++sids}`,
      name: options.name,
      track: { mediaStreamTrack: track },
    })),
    unpublishTrack: vi.fn(async () => undefined),
  };
  return Object.assign(room, { localParticipant }) as unknown as Room & {
    localParticipant: typeof localParticipant;
  };
}

const track = (id: string) => ({ id, kind: 'video' }) as unknown as MediaStreamTrack;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('variant tracks for the server to restream', () => {
  it('are published once the show is in the room, named by variant, with the program sound reported beside them', async () => {
    const published = vi.fn();
    const variants = new RoomVariants(published);
    variants.want('server-720', track('a'), 3000);
    const room = fakeRoom();
    variants.attach(room, events);
    await settle();
    expect(room.localParticipant.publishTrack).toHaveBeenCalledWith(track('a'), {
      name: 'variant:server-720',
      simulcast: false,
      videoEncoding: { maxBitrate: 3_000_000, maxFramerate: 30 },
    });
    expect(published).toHaveBeenCalledWith('server-720', { video: 'TR_v1', audio: 'TR_mix' });
  });

  it('are unpublished when no destination wants them, and published again in the next room', async () => {
    const variants = new RoomVariants(vi.fn());
    const room = fakeRoom();
    variants.attach(room, events);
    const a = track('a');
    variants.want('server-720', a, 3000);
    await settle();
    variants.drop('server-720');
    await settle();
    expect(room.localParticipant.unpublishTrack).toHaveBeenCalledTimes(1);

    variants.want('server-720', a, 3000);
    room.emit('disconnected');
    const next = fakeRoom();
    variants.attach(next, events);
    await settle();
    expect(next.localParticipant.publishTrack).toHaveBeenCalledTimes(1);
  });
});
