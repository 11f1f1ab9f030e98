import type { RemoteParticipant, RemoteTrack, Room, RoomEvent } from 'livekit-client';

export interface Guest {
  identity: string;
  name: string;
  video: MediaStreamTrack | undefined;
  audio: MediaStreamTrack | undefined;
}

/**
 * The invited guests who speak in the room (co-hosts, a consultation's buyer,
 * voice-room speakers): their camera and microphone tracks by identity, for
 * the compositor's co-host sources and the audio mix.
 */
export class LiveGuests {
  private guests: Guest[] = [];
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly Guest[] => this.guests;

  /** A guest's camera: the named one, or the first guest on camera when no name is given. */
  video(identity: string): MediaStreamTrack | undefined {
    const on = this.guests.filter((g) => g.video);
    return (identity ? on.find((g) => g.identity === identity) : on[0])?.video;
  }

  /** `events` is livekit-client's RoomEvent, passed in because the library loads on first use. */
  follow(room: Room, events: typeof RoomEvent): void {
    // After the event: while it fires, an unsubscribed publication may still hold its track.
    const refresh = (): void => queueMicrotask(() => this.refresh(room));
    room.on(events.TrackSubscribed, refresh);
    room.on(events.TrackUnsubscribed, refresh);
    room.on(events.TrackUnpublished, refresh);
    room.on(events.TrackMuted, refresh);
    room.on(events.ParticipantDisconnected, refresh);
    refresh();
  }

  clear(): void {
    this.guests = [];
    this.notify();
  }

  private refresh(room: Room): void {
    this.guests = [...room.remoteParticipants.values()]
      .filter((p) => p.permissions?.canPublish)
      .map((p) => ({
        identity: p.identity,
        name: p.name || p.identity,
        video: trackOf(p, 'video'),
        audio: trackOf(p, 'audio'),
      }));
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function trackOf(participant: RemoteParticipant, kind: 'audio' | 'video'): MediaStreamTrack | undefined {
  const publications =
    kind === 'video' ? participant.videoTrackPublications : participant.audioTrackPublications;
  for (const publication of publications.values()) {
    const track = publication.track as RemoteTrack | undefined;
    if (publication.isSubscribed && !publication.isMuted && track?.mediaStreamTrack)
      return track.mediaStreamTrack;
  }
  return undefined;
}
