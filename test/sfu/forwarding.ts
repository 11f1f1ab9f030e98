/**
 * Media forwarding of the test SFU: publishers' incoming tracks (simulcast
 * layers by rid), the layer each subscriber gets, and key-frame requests.
 */
import type { ParticipantInfo, TrackInfo } from '@livekit/protocol';
import { PictureLossIndication, RtcpPayloadSpecificFeedback } from 'werift';
import type { MediaStreamTrack, RTCDataChannel, RTCPeerConnection, RTCRtpSender, RtpPacket } from 'werift';
import type { WebSocket } from 'ws';
import { startsKeyFrame } from './keyFrames';
import type { ReceptionCounter } from './linkQuality';

export interface Publication {
  info: TrackInfo;
  kind: 'audio' | 'video';
  /** The publisher's incoming tracks (one per simulcast layer), filled by onTrack. */
  incoming: MediaStreamTrack[];
  lastRtp: Map<MediaStreamTrack, number>;
  /** RTP packets received for it, all layers. */
  packets: number;
  ssrcs: Map<MediaStreamTrack, number>;
  /** Called when a layer starts sending (or sends again after a second of silence), or on (un)mute. */
  onChange: Set<() => void>;
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
    const now = Date.now();
    const woke = now - (pub.lastRtp.get(track) ?? 0) >= activeWithinMs;
    pub.packets++;
    pub.lastRtp.set(track, now);
    p.reception.onPacket(track, rtp.header.sequenceNumber);
    // Simulcast layers are known by rid; their SSRC, needed for key-frame requests, by their packets.
    pub.ssrcs.set(track, rtp.header.ssrc);
    pub.receivedMimeType ??= p.pc
      .getTransceivers()
      .find((t) => t.receiver.tracks.includes(track))
      ?.codecs.find((c) => c.payloadType === rtp.header.payloadType)?.mimeType;
    if (woke) pub.onChange.forEach((listener) => listener());
  });
}

/** A layer that has sent nothing for this long is not forwarded. */
const activeWithinMs = 1000;
/** While a subscriber waits for a key frame, the publisher is asked again this often. */
const keyFrameRetryMs = 250;

/** The layer to forward: the best simulcast layer that has sent RTP in the last second. */
function bestIncoming(pub: Publication): MediaStreamTrack | undefined {
  const rank = (t: MediaStreamTrack): number =>
    t.rid === 'f' ? 3 : t.rid === 'h' ? 2 : t.rid === 'q' ? 1 : 4;
  const now = Date.now();
  return [...pub.incoming]
    .filter((t) => now - (pub.lastRtp.get(t) ?? 0) < activeWithinMs)
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
 * Forwards a publication's RTP to one subscriber's sender, as a LiveKit server does: nothing while
 * the publisher has the track muted; video starts, and moves to a better simulcast layer, only at a
 * key frame of that layer (asked for, and asked again until it comes); sequence numbers and
 * timestamps stay continuous across layers. The subscriber's key-frame requests go to the publisher.
 * Returns a way to ask the publisher for a key frame on the layer the subscriber should get.
 */
export function forwardPublication(
  owner: Participant,
  pub: Publication,
  to: Participant,
  sender: RTCRtpSender,
): { requestKeyFrame(): void } {
  const video = pub.kind === 'video';
  /** The layer whose packets go out now. */
  let forwarding: MediaStreamTrack | undefined;
  /** The layer the subscriber should get; video waits for its key frame before switching. */
  let wanted: MediaStreamTrack | undefined;
  let askedAt = 0;
  const listening = new Map<MediaStreamTrack, () => void>();

  const askForKeyFrame = (): void => {
    if (!wanted || pub.info.muted) return;
    askedAt = Date.now();
    requestKeyFrame(owner, pub, wanted);
  };

  const send = (track: MediaStreamTrack, rtp: RtpPacket): void => {
    if (pub.info.muted || to.pc.connectionState === 'closed') return;
    if (track !== forwarding) {
      if (track !== wanted) return;
      if (video && !startsKeyFrame(pub.receivedMimeType, rtp.payload)) return;
      // Continue the subscriber's numbering from where the previous layer left it.
      if (forwarding) sender.replaceRTP(rtp.header);
      forwarding = track;
    }
    // Header extension ids are the publisher's connection's; werift would copy them over the
    // subscriber's own, so the viewer would see the publisher's mid and rid and drop the packets.
    const forwarded = rtp.clone();
    forwarded.header.extensions = [];
    void sender.sendRtp(forwarded).catch(() => undefined);
  };

  /** Brings the forwarding in line with the publication: its layers, its mute. */
  const reconcile = (): void => {
    for (const track of pub.incoming) {
      if (listening.has(track)) continue;
      const { unSubscribe } = track.onReceiveRtp.subscribe((rtp) => send(track, rtp));
      listening.set(track, unSubscribe);
    }
    if (pub.info.muted) {
      // A LiveKit server forwards nothing while muted; after, the picture restarts at a key frame.
      if (video) forwarding = undefined;
      return;
    }
    const best = bestIncoming(pub);
    if (!best) return;
    const changed = best !== wanted;
    wanted = best;
    if (!video) forwarding = best;
    else if (forwarding !== wanted && (changed || Date.now() - askedAt >= keyFrameRetryMs)) askForKeyFrame();
  };

  reconcile();
  // A layer that starts sending, or a mute that ends, is acted on at once: the first frame must
  // not wait. A layer that stops is noticed by the poll.
  pub.onChange.add(reconcile);
  const timer = setInterval(() => {
    if (to.pc.connectionState !== 'closed' && owner.pc.connectionState !== 'closed') return reconcile();
    pub.onChange.delete(reconcile);
    listening.forEach((unSubscribe) => unSubscribe());
    clearInterval(timer);
  }, keyFrameRetryMs / 2);
  // Only a picture loss asks for a key frame: the same packet type also carries bandwidth
  // estimates (REMB), which arrive many times a second and would make the publisher send key
  // frames all the time.
  sender.onRtcp.subscribe((rtcp) => {
    if (rtcp instanceof RtcpPayloadSpecificFeedback && rtcp.feedback.count === PictureLossIndication.count)
      askForKeyFrame();
  });
  // Packets sent before the subscriber's transport is up are lost: ask again once it is.
  to.pc.connectionStateChange.subscribe((state) => {
    if (state === 'connected') askForKeyFrame();
  });
  return { requestKeyFrame: askForKeyFrame };
}
