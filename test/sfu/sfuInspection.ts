/** What the tests read of the SFU's state: published tracks, their packets, and the repair counts. */
import type { Participant } from './forwarding';
import type { RepairCounts } from './incomingLayer';

export interface PublishedTrack {
  identity: string;
  name: string;
  kind: string;
  /** The codec its media actually arrives in. */
  mimeType: string | undefined;
  /** The size the publisher announced (its top layer), 0 for sound. */
  width: number;
  height: number;
  /** For sound: whether the publisher asked for DTX and for RED. */
  dtx?: boolean;
  red?: boolean;
}

export function publishedTracks(participants: Iterable<Participant>): PublishedTrack[] {
  return [...participants].flatMap((p) =>
    [...p.publications.values()].map((pub) => ({
      identity: p.info.identity,
      name: pub.info.name,
      kind: pub.kind,
      mimeType: pub.receivedMimeType,
      width: pub.info.width,
      height: pub.info.height,
      ...(pub.kind === 'audio' ? { dtx: !pub.info.disableDtx, red: !pub.info.disableRed } : {}),
    })),
  );
}

const publicationsOf = (participants: Iterable<Participant>, identity: string) =>
  [...participants].filter((p) => p.info.identity === identity).flatMap((p) => [...p.publications.values()]);

/** A participant's publications as the server holds them: muted or not, and the RTP packets received. */
export function publicationState(
  participants: Iterable<Participant>,
  identity: string,
): { kind: string; muted: boolean; packets: number }[] {
  return publicationsOf(participants, identity).map((pub) => ({
    kind: pub.kind,
    muted: pub.info.muted,
    packets: pub.packets,
  }));
}

/** What the upstream repair did for a participant's video, per simulcast layer (rid). */
export function repairState(
  participants: Iterable<Participant>,
  identity: string,
): Record<string, RepairCounts> {
  const layers = publicationsOf(participants, identity)
    .filter((pub) => pub.kind === 'video')
    .flatMap((pub) => pub.layers);
  return Object.fromEntries(layers.map((layer) => [layer.track.rid ?? 'single', layer.repairCounts]));
}
