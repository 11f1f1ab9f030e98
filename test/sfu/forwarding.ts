/**
 * Media forwarding of the test SFU: publishers' incoming tracks (simulcast
 * layers by rid), the layer each subscriber gets, and key-frame requests.
 */
import type { ParticipantInfo, TrackInfo } from '@livekit/protocol';
import { PictureLossIndication, ReceiverEstimatedMaxBitrate, RtcpPayloadSpecificFeedback } from 'werift';
import type { MediaStreamTrack, RTCDataChannel, RTCPeerConnection, RTCRtpSender, RtpPacket } from 'werift';
import type { WebSocket } from 'ws';
import { IncomingLayer, pauseMs } from './incomingLayer';
import { startsKeyFrame } from './keyFrames';
import { LayerChoice } from './layerChoice';
import { seqDelta } from './lossTracker';
import type { ReceptionCounter } from './linkQuality';
import { playoutDelayPayload, playoutDelayUri } from './playoutDelay';
import { silenceReceiverNacks } from './upstreamRepair';
import { Vp8Munger } from './vp8Munger';

export interface Publication {
  info: TrackInfo;
  kind: 'audio' | 'video';
  /** The publisher's incoming streams (one per simulcast layer), filled by onTrack. */
  layers: IncomingLayer[];
  /** RTP packets received for it, all layers. */
  packets: number;
  /** Called when a layer starts sending media (or sends again after a second without), or on (un)mute. */
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

/**
 * A publisher's incoming track, filed under its publication. werift announces a simulcast
 * transceiver once (onTrack, with its first layer) while the offer's other layers wait in
 * `receiver.tracks`: with `layers` 'all', each of them is followed, so subscribers can be given
 * any layer.
 */
export function addIncomingTrack(p: Participant, track: MediaStreamTrack, layers: 'all' | 'first'): void {
  const receiver = p.pc.getReceivers().find((r) => r.tracks.includes(track));
  const pub = [...p.publications.values()].find((x) => x.kind === track.kind && x.layers.length === 0);
  if (!pub) return;
  const video = receiver !== undefined && track.kind === 'video';
  if (video) silenceReceiverNacks(receiver as never);
  const followed = video && layers === 'all' ? receiver.tracks : [track];
  for (const layer of followed) followLayer(p, pub, new IncomingLayer(layer, receiver));
}

function followLayer(p: Participant, pub: Publication, layer: IncomingLayer): void {
  const { track } = layer;
  pub.layers.push(layer);
  track.onReceiveRtp.subscribe((rtp) => {
    const now = Date.now();
    pub.packets++;
    pub.receivedMimeType ??= p.pc
      .getTransceivers()
      .find((t) => t.receiver.tracks.includes(track))
      ?.codecs.find((c) => c.payloadType === rtp.header.payloadType)?.mimeType;
    const starts = layer.onPacket(rtp, now, pub.receivedMimeType);
    p.reception.onPacket(track, rtp.header.sequenceNumber);
    if (starts) pub.onChange.forEach((listener) => listener());
  });
}

/** Packets past a layer switch beyond which no repair can come from before it (16 s of 720p). */
const repairReachPackets = 4096;

/** While a subscriber waits for a key frame, it asks again this often (the throttle may fold it). */
const keyFrameRetryMs = 250;

/**
 * The layers a subscriber may get: those sending now, and of them only those that have kept
 * sending for a while, or the one it gets already. A publisher's browser turns its top layer on
 * and off as its estimate wavers, and each move costs the viewer a wait for a key frame.
 */
function eligibleLayers(pub: Publication, current: MediaStreamTrack | undefined): IncomingLayer[] {
  const now = Date.now();
  const active = pub.layers.filter((layer) => now - layer.lastMediaAt < pauseMs);
  const steady = active.filter((layer) => layer.track === current || now - layer.activeSince >= steadyForMs);
  return steady.length > 0 ? steady : active;
}

/** How long a layer must have sent without a pause before a subscriber moves up to it. */
const steadyForMs = 2000;

/** The id a participant's connection negotiated for a header extension, if it did. */
function extensionId(p: Participant, uri: string): number | undefined {
  const { extIdUriMap } = (p.pc as unknown as { router: { extIdUriMap: Record<number, string> } }).router;
  const found = Object.entries(extIdUriMap).find(([, value]) => value === uri)?.[0];
  return found === undefined ? undefined : Number(found);
}

/** What a subscriber's receiver reports of its link: its bandwidth estimate (REMB). */
class SubscriberLink {
  estimateBps: number | undefined;

  constructor(sender: RTCRtpSender) {
    sender.onRtcp.subscribe((rtcp) => {
      if (
        rtcp instanceof RtcpPayloadSpecificFeedback &&
        rtcp.feedback instanceof ReceiverEstimatedMaxBitrate
      ) {
        this.estimateBps = Number(rtcp.feedback.bitrate);
      }
    });
  }
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
  playoutDelay: () => { minMs: number; maxMs: number } | undefined = () => undefined,
): { requestKeyFrame(): void } {
  const video = pub.kind === 'video';
  /** The layer whose packets go out now. */
  let forwarding: MediaStreamTrack | undefined;
  /** Where the layer started, while a repair from before the switch could still come. */
  let switchedAt: number | undefined;
  /** The layer the subscriber should get; video waits for its key frame before switching. */
  let wanted: IncomingLayer | undefined;
  let askedAt = 0;
  const listening = new Map<MediaStreamTrack, () => void>();
  const link = new SubscriberLink(sender);
  const choice = new LayerChoice<IncomingLayer>();
  const vp8 = new Vp8Munger();

  const askForKeyFrame = (): void => {
    if (!wanted || pub.info.muted) return;
    askedAt = Date.now();
    wanted.keyFrames.request();
  };

  const send = (track: MediaStreamTrack, rtp: RtpPacket): void => {
    if (pub.info.muted || to.pc.connectionState === 'closed') return;
    const seq = rtp.header.sequenceNumber;
    if (track !== forwarding) {
      if (track !== wanted?.track) return;
      // A resent packet is no place to start: the key frame it begins is long gone.
      if (wanted.loss.isBehind(seq)) return;
      if (video && !startsKeyFrame(pub.receivedMimeType, rtp.payload)) return;
      // Continue the subscriber's numbering from where the previous layer left it.
      if (forwarding) {
        sender.replaceRTP(rtp.header);
        vp8.switchLayer();
      }
      forwarding = track;
      switchedAt = seq;
    }
    // A repair of a packet from before the switch would be numbered into the previous layer's
    // sequence numbers (the subscriber's numbering is this layer's plus a fixed offset). Repairs
    // come within a second: well past the switch none can, and the comparison would wrap (it
    // dropped every other 32768 packets of a layer that ran long, and of sound, which never
    // switches, everything numbered from 32768 on).
    if (switchedAt !== undefined) {
      const sinceSwitch = seqDelta(seq, switchedAt);
      if (sinceSwitch < 0) return;
      if (sinceSwitch > repairReachPackets) switchedAt = undefined;
    }
    // Header extension ids are the publisher's connection's; werift would copy them over the
    // subscriber's own, so the viewer would see the publisher's mid and rid and drop the packets.
    const forwarded = rtp.clone();
    forwarded.header.extensions = [];
    if (video && pub.receivedMimeType?.toLowerCase() === 'video/vp8')
      forwarded.payload = vp8.munge(forwarded.payload);
    const delay = video ? playoutDelay() : undefined;
    const delayId = delay ? extensionId(to, playoutDelayUri) : undefined;
    if (delay && delayId !== undefined)
      forwarded.header.extensions.push({
        id: delayId,
        payload: playoutDelayPayload(delay.minMs, delay.maxMs),
      });
    void sender.sendRtp(forwarded).catch(() => undefined);
  };

  /** Brings the forwarding in line with the publication: its layers, its mute. */
  const reconcile = (): void => {
    for (const { track } of pub.layers) {
      if (listening.has(track)) continue;
      const { unSubscribe } = track.onReceiveRtp.subscribe((rtp) => send(track, rtp));
      listening.set(track, unSubscribe);
    }
    if (pub.info.muted) {
      // A LiveKit server forwards nothing while muted; after, the picture restarts at a key frame.
      if (video) forwarding = undefined;
      return;
    }
    const best = choice.choose(eligibleLayers(pub, forwarding), link.estimateBps, Date.now());
    if (!best) return;
    const changed = best !== wanted;
    wanted = best;
    if (!video) forwarding = best.track;
    else if (forwarding !== wanted.track && (changed || Date.now() - askedAt >= keyFrameRetryMs))
      askForKeyFrame();
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
    if (rtcp instanceof RtcpPayloadSpecificFeedback && rtcp.feedback.count === PictureLossIndication.count) {
      askForKeyFrame();
    }
  });
  // Packets sent before the subscriber's transport is up are lost: ask again once it is.
  to.pc.connectionStateChange.subscribe((state) => {
    if (state === 'connected') askForKeyFrame();
  });
  return { requestKeyFrame: askForKeyFrame };
}

/**
 * A participant has left: the sections that carried its tracks to the others are done. Not reused:
 * Chromium keeps the ended track on that receiver. The client adds fresh sections when asked
 * (mediaSectionsRequirement).
 */
export function retireSectionsOf(gone: Participant, others: Iterable<Participant>): void {
  const sids = new Set([...gone.publications.values()].map((pub) => pub.info.sid));
  for (const other of others) {
    for (const [mid, sid] of other.subscribed) {
      if (!sids.has(sid)) continue;
      other.subscribed.delete(mid);
      other.retiredMids.add(mid);
    }
  }
}
