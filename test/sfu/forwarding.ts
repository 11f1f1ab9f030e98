/**
 * Media forwarding of the test SFU: publishers' incoming tracks (simulcast
 * layers by rid), the layer each subscriber gets, and key-frame requests.
 */
import type { ParticipantInfo, TrackInfo } from '@livekit/protocol';
import type { MediaStreamTrack, RTCDataChannel, RTCPeerConnection, RTCRtpSender } from 'werift';
import type { WebSocket } from 'ws';
import type { ReceptionCounter } from './linkQuality';

export interface Publication {
  info: TrackInfo;
  kind: 'audio' | 'video';
  /** The publisher's incoming tracks (one per simulcast layer), filled by onTrack. */
  incoming: MediaStreamTrack[];
  lastRtp: Map<MediaStreamTrack, number>;
  ssrcs: Map<MediaStreamTrack, number>;
  /** The codec the media really arrives in, from the payload type of its packets. */
  receivedMimeType?: string;
}

export interface Participant {
  info: ParticipantInfo;
  socket: WebSocket;
  pc: RTCPeerConnection;
  /** By the client's cid, then by msid track id once media arrives. */
  publications: Map<string, Publication>;
  /** Track sids this participant receives, by the mid that carries each. */
  subscribed: Map<string, string>;
  /** Mids whose track's publisher left: never given another track. */
  retiredMids: Set<string>;
  channels: Map<string, RTCDataChannel>;
  /** What arrives from this participant, for its link quality. */
  reception: ReceptionCounter;
  /** The round trip its client last reported with a ping. */
  rttMs?: number;
}

/** A publisher's incoming track (or simulcast layer), filed under its publication. */
export function addIncomingTrack(p: Participant, track: MediaStreamTrack): void {
  const pub = [...p.publications.values()].find(
    (x) =>
      x.kind === track.kind && (x.incoming.length === 0 || (track.rid && x.incoming.every((t) => t.rid))),
  );
  if (!pub) return;
  pub.incoming.push(track);
  track.onReceiveRtp.subscribe((rtp) => {
    pub.lastRtp.set(track, Date.now());
    p.reception.onPacket(track, rtp.header.sequenceNumber);
    // Simulcast layers are known by rid; their SSRC, needed for key-frame requests, by their packets.
    pub.ssrcs.set(track, rtp.header.ssrc);
    pub.receivedMimeType ??= p.pc
      .getTransceivers()
      .find((t) => t.receiver.tracks.includes(track))
      ?.codecs.find((c) => c.payloadType === rtp.header.payloadType)?.mimeType;
  });
}

/** The layer to forward: the best simulcast layer that has sent RTP in the last second. */
function bestIncoming(pub: Publication): MediaStreamTrack | undefined {
  const rank = (t: MediaStreamTrack): number =>
    t.rid === 'f' ? 3 : t.rid === 'h' ? 2 : t.rid === 'q' ? 1 : 4;
  const now = Date.now();
  return [...pub.incoming]
    .filter((t) => now - (pub.lastRtp.get(t) ?? 0) < 1000)
    .sort((a, b) => rank(b) - rank(a))[0];
}

/** Asks the publisher's browser for a key frame on one incoming layer. */
function requestKeyFrame(owner: Participant, pub: Publication, track: MediaStreamTrack): void {
  const ssrc = track.ssrc ?? pub.ssrcs.get(track);
  if (!ssrc) return;
  void owner.pc
    .getReceivers()
    .find((r) => r.tracks.includes(track))
    ?.sendRtcpPLI(ssrc)
    .catch(() => undefined);
}

/**
 * Forwards a publication's RTP to one subscriber's sender, and the subscriber's key-frame requests
 * back. Returns a way to ask the publisher for a key frame on the forwarded layer.
 */
export function forwardPublication(
  owner: Participant,
  pub: Publication,
  to: Participant,
  sender: RTCRtpSender,
): { requestKeyFrame(): void } {
  let source: MediaStreamTrack | undefined;
  const attach = (): void => {
    const best = bestIncoming(pub);
    if (!best || best === source) return;
    source = best;
    best.onReceiveRtp.subscribe((rtp) => {
      if (source === best && to.pc.connectionState !== 'closed')
        void sender.sendRtp(rtp).catch(() => undefined);
    });
    // The subscriber's decoder needs a key frame from the layer it now gets.
    requestKeyFrame(owner, pub, best);
  };
  attach();
  const timer = setInterval(() => {
    if (to.pc.connectionState === 'closed' || owner.pc.connectionState === 'closed')
      return clearInterval(timer);
    attach();
  }, 200);
  sender.onRtcp.subscribe((rtcp) => {
    if (rtcp.type === 206 && source) requestKeyFrame(owner, pub, source);
  });
  // Packets sent before the subscriber's transport is up are lost: ask again once it is.
  to.pc.connectionStateChange.subscribe((state) => {
    if (state === 'connected' && source) requestKeyFrame(owner, pub, source);
  });
  return {
    requestKeyFrame: () => {
      if (source) requestKeyFrame(owner, pub, source);
    },
  };
}
