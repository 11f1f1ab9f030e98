import type { LocalTrackPublication, Room, RoomEvent } from 'livekit-client';

/** Told when a variant's track is in the room, with the program sound's track beside it. */
export type VariantPublished = (key: string, tracks: { video: string; audio: string | null }) => void;

interface Wanted {
  track: MediaStreamTrack;
  kbps: number;
}

/**
 * The variants the LiveKit server restreams (Egress), as extra video tracks of the studio in
 * the room: published while the show is in the room, unpublished when no destination wants
 * them. Viewer pages ignore them (they subscribe to the program by name).
 */
export class RoomVariants {
  private room: Room | undefined;
  private readonly wanted = new Map<string, Wanted>();
  private readonly published = new Map<string, LocalTrackPublication>();
  private syncing: Promise<void> = Promise.resolve();

  constructor(private readonly onPublished: VariantPublished) {}

  attach(room: Room, events: typeof RoomEvent): void {
    this.room = room;
    room.once(events.Disconnected, () => {
      if (this.room !== room) return;
      this.room = undefined;
      this.published.clear();
    });
    this.sync();
  }

  want(key: string, track: MediaStreamTrack, kbps: number): void {
    this.wanted.set(key, { track, kbps });
    this.sync();
  }

  drop(key: string): void {
    this.wanted.delete(key);
    this.sync();
  }

  private sync(): void {
    this.syncing = this.syncing
      .then(() => this.apply())
      .catch((error: unknown) => console.warn('variant track', error));
  }

  private async apply(): Promise<void> {
    const room = this.room;
    if (!room) return;
    for (const [key, publication] of this.published) {
      if (this.wanted.get(key)?.track === publication.track?.mediaStreamTrack) continue;
      this.published.delete(key);
      if (publication.track) await room.localParticipant.unpublishTrack(publication.track);
    }
    for (const [key, { track, kbps }] of this.wanted) {
      if (this.published.has(key)) continue;
      const publication = await room.localParticipant.publishTrack(track, {
        name: `variant:${key}`,
        simulcast: false,
        videoEncoding: { maxBitrate: kbps * 1000, maxFramerate: 30 },
      });
      this.published.set(key, publication);
      const [audio] = room.localParticipant.audioTrackPublications.values();
      this.onPublished(key, { video: publication.trackSid, audio: audio?.trackSid ?? null });
    }
  }
}
