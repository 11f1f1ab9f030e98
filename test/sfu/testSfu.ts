/**
 * A LiveKit-protocol SFU for tests: enough of LiveKit's signalling (protobuf
 * over WebSocket, single peer connection per participant) for the real
 * livekit-client in Chromium to join, publish, subscribe and exchange data.
 * Media is forwarded with werift. Not a product: no rooms beyond one process,
 * no congestion control, no recording.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ParticipantInfo,
  ParticipantInfo_State,
  Room,
  SessionDescription,
  SignalRequest,
  SignalResponse,
  TrackPublishedResponse,
  Pong,
  DataPacket,
  DisconnectReason,
  LeaveRequest,
  LeaveRequest_Action,
  MediaSectionsRequirement,
  ParticipantUpdate,
  ConnectionQualityUpdate,
} from '@livekit/protocol';
import { TokenVerifier, type ClaimGrants } from 'livekit-server-sdk';
import { WebSocketServer, type WebSocket } from 'ws';

import { closeHttpServer } from '../support/closeHttpServer';
import { provideTransportFeedback } from './congestionControl';
import { participantConnection } from './participantConnection';
import { playoutDelayOf, publicationPlayoutDelay, type PlayoutDelayRange } from './playoutDelay';
import { repairUpstream } from './upstreamRepair';
import type { RepairCounts } from './incomingLayer';
import {
  addIncomingTrack,
  forwardPublication,
  retireSectionsOf,
  type Participant,
  type Publication,
} from './forwarding';
import { candidatesThrough, type NetworkPath } from './impairedPath';
import {
  codecName,
  preferCodecs,
  publishedCodecs,
  sectionDirection,
  sectionTrackId,
  withoutCandidates,
} from './sdp';
import { onHandshakeStall } from './handshakeStall';
import { linkQualities, ReceptionCounter } from './linkQuality';
import { publicationState, publishedTracks, repairState, type PublishedTrack } from './sfuInspection';
import {
  joinResponse,
  participantFromClaims,
  publicationFor,
  readJoinRequest,
  sid,
  startAfresh,
} from './joinMessages';

export interface TestSfuOptions {
  apiKey: string;
  apiSecret: string;
  /** Seconds of clock skew forgiven on a token's expiry (livekit-server-sdk's default: 10). */
  clockToleranceSeconds?: number;
  /** Other HTTP APIs the server answers (Egress's Twirp API); true when one answered. */
  otherRequests?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /**
   * Which of a publisher's simulcast layers subscribers can be given: every one, as a LiveKit
   * server does, or the first werift announces (360p; the default, enough where a test needs a
   * picture, not its quality). The weak-network e2e tests and bench:weaknet take every layer.
   */
  layers?: 'all' | 'first';
}

export class TestSfu {
  private server: Server | undefined;
  private qualityTimer: ReturnType<typeof setInterval> | undefined;
  /** Participants (by identity) whose traffic goes through a bad network path. */
  private readonly paths = new Map<string, NetworkPath>();
  private readonly participants = new Map<string, Participant>();
  /** The room's playout delay, from the token that created it (LiveKit's RoomConfiguration). */
  private playoutDelay: PlayoutDelayRange | undefined;
  readonly room = new Room({ sid: sid('RM'), name: 'test' });

  constructor(private readonly options: TestSfuOptions) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `ws://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      // livekit-client asks /rtc/v1/validate after a failed upgrade: 401 tells it the token is refused.
      if (!/^\/rtc(\/v1)?\/validate/.test(req.url ?? ''))
        return void (this.options.otherRequests?.(req, res) || res.writeHead(404).end());
      const jwt = new URL(req.url ?? '/', 'http://x').searchParams.get('access_token') ?? '';
      // Pages on other origins ask this with fetch(): CORS, as LiveKit's server allows.
      const cors = { 'access-control-allow-origin': '*' };
      void this.verify(jwt).then(
        () => res.writeHead(200, cors).end('success'),
        () => res.writeHead(401, cors).end('invalid token'),
      );
    });
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      // A refused token fails the upgrade itself, as a LiveKit server does.
      const jwt = new URL(req.url ?? '/', 'ws://x').searchParams.get('access_token') ?? '';
      void this.verify(jwt).then(
        (claims) => wss.handleUpgrade(req, socket, head, (ws) => void this.join(ws, req, claims)),
        () => socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.qualityTimer = setInterval(() => this.sendLinkQuality(), 2000);
  }

  async stop(): Promise<void> {
    clearInterval(this.qualityTimer);
    for (const path of this.paths.values()) await path.close();
    for (const p of this.participants.values()) {
      p.socket.close();
      await p.pc.close();
    }
    if (this.server) await closeHttpServer(this.server);
  }

  private verify(jwt: string): Promise<ClaimGrants> {
    const { apiKey, apiSecret, clockToleranceSeconds = 10 } = this.options;
    return new TokenVerifier(apiKey, apiSecret).verify(jwt, clockToleranceSeconds);
  }

  /**
   * Routes one participant through a network path: returns the server URL it should use (signalling
   * through a delaying TCP relay) and, in every answer it gets, offers only ICE candidates behind
   * impairing UDP relays, so its media takes the same path.
   */
  async throughPath(identity: string, path: NetworkPath): Promise<string> {
    const port = (this.server?.address() as AddressInfo).port;
    this.paths.set(identity, path);
    return `ws://127.0.0.1:${await path.relayTcp(port)}`;
  }

  /** Cuts every path's open signalling connections (after `path.cut = true`), as a lost network does. */
  dropPathConnections(): void {
    for (const path of this.paths.values()) path.dropConnections();
  }

  /** What each participant publishes, with the codec its media actually arrives in. */
  publishedTracks(): PublishedTrack[] {
    return publishedTracks(this.participants.values());
  }

  /** A participant's publications as the server holds them: muted or not, and the RTP packets received. */
  publicationState(identity: string): { kind: string; muted: boolean; packets: number }[] {
    return publicationState(this.participants.values(), identity);
  }

  /** What the upstream repair did for a participant's video, per simulcast layer (rid). */
  repairState(identity: string): Record<string, RepairCounts> {
    return repairState(this.participants.values(), identity);
  }

  /** Fault injection: tells a participant's client to reconnect from scratch, as a LiveKit node being drained does. */
  askToReconnect(identity: string): void {
    const leave = new LeaveRequest({
      action: LeaveRequest_Action.RECONNECT,
      reason: DisconnectReason.SERVER_SHUTDOWN,
    });
    for (const p of this.participants.values())
      if (p.info.identity === identity) this.send(p, { case: 'leave', value: leave });
  }

  /** Every two seconds, as LiveKit does: each participant's link quality, to everyone. */
  private sendLinkQuality(): void {
    const updates = linkQualities(this.participants.values());
    if (updates.length === 0) return;
    for (const p of this.participants.values())
      this.send(p, { case: 'connectionQuality', value: new ConnectionQualityUpdate({ updates }) });
  }

  private send(p: Participant, message: SignalResponse['message']): void {
    p.socket.send(new SignalResponse({ message }).toBinary());
  }

  private async join(socket: WebSocket, req: IncomingMessage, claims: ClaimGrants): Promise<void> {
    const url = new URL(req.url ?? '/', 'ws://x');
    const identity = claims.sub;
    if (!identity) return void socket.terminate();
    if (this.participants.size === 0) this.playoutDelay = playoutDelayOf(claims.roomConfig);
    const joinRequest = readJoinRequest(url);
    if (joinRequest?.reconnect) {
      // No session survives here to resume (its connection closed with the old socket): tell the
      // client to start afresh, as a LiveKit server does when it no longer knows the participant.
      socket.send(new SignalResponse({ message: { case: 'leave', value: startAfresh() } }).toBinary());
      return void socket.close();
    }
    const info = participantFromClaims({ ...claims, sub: identity });
    const pc = participantConnection();
    const p: Participant = {
      info,
      socket,
      pc,
      publications: new Map(),
      subscribed: new Map(),
      channels: new Map(),
      reception: new ReceptionCounter(),
      retiredMids: new Set(),
    };
    pc.onTrack.subscribe((track) => addIncomingTrack(p, track, this.options.layers ?? 'first'));
    const publishedLayers = () => [...p.publications.values()].flatMap((pub) => pub.layers);
    const stopRepair = repairUpstream(publishedLayers, () => p.rttMs);
    const stopFeedback = provideTransportFeedback(pc, this.paths.get(identity)?.arrivals);
    // Told to reconnect, as a server restarting a transport it could not set up would.
    onHandshakeStall(pc, () => this.send(p, { case: 'leave', value: startAfresh() }));
    pc.onDataChannel.subscribe((channel) => {
      p.channels.set(channel.label, channel);
      channel.onMessage.subscribe((data) => this.relayData(p, channel.label, data));
    });
    this.participants.set(info.sid, p);

    const others = [...this.participants.values()].filter((o) => o !== p).map((o) => o.info);
    this.send(p, { case: 'join', value: joinResponse(this.room, info, others) });

    socket.on('message', (data: Buffer) => void this.onRequest(p, SignalRequest.fromBinary(data)));
    socket.on('close', () => {
      stopRepair();
      stopFeedback();
      for (const layer of publishedLayers()) layer.stop();
      this.participants.delete(info.sid);
      retireSectionsOf(p, this.participants.values());
      void pc.close();
      this.broadcastUpdate(new ParticipantInfo({ ...info, state: ParticipantInfo_State.DISCONNECTED }));
    });
    this.broadcastUpdate(info);
    if (joinRequest?.publisherOffer) await this.answer(p, joinRequest.publisherOffer);
    this.requestSections(p);
  }

  /** Tells others a participant changed (joined, published), so their clients list it. */
  private broadcastUpdate(info: ParticipantInfo): void {
    for (const other of this.participants.values()) {
      if (other.info.sid === info.sid) continue;
      this.send(other, { case: 'update', value: new ParticipantUpdate({ participants: [info] }) });
    }
  }

  /** Asks a subscriber's client for enough receive-only sections to carry everyone else's tracks. */
  private requestSections(p: Participant): void {
    const wanted = this.othersPublications(p);
    const count = (kind: 'audio' | 'video'): number => wanted.filter((w) => w.pub.kind === kind).length;
    if (wanted.length === 0) return;
    this.send(p, {
      case: 'mediaSectionsRequirement',
      value: new MediaSectionsRequirement({ numAudios: count('audio'), numVideos: count('video') }),
    });
  }

  private othersPublications(p: Participant): { owner: Participant; pub: Publication }[] {
    return [...this.participants.values()]
      .filter((o) => o !== p)
      .flatMap((owner) => [...owner.publications.values()].map((pub) => ({ owner, pub })));
  }

  private relayData(from: Participant, label: string, data: string | Buffer): void {
    if (typeof data === 'string') return;
    const packet = DataPacket.fromBinary(data);
    packet.participantIdentity = from.info.identity;
    packet.participantSid = from.info.sid;
    if (packet.value.case === 'user') {
      packet.value.value.participantIdentity = from.info.identity;
      packet.value.value.participantSid = from.info.sid;
    }
    const bytes = Buffer.from(packet.toBinary());
    for (const other of this.participants.values()) {
      if (other === from) continue;
      const targets = packet.destinationIdentities;
      if (targets.length > 0 && !targets.includes(other.info.identity)) continue;
      const channel = other.channels.get(label);
      if (channel?.readyState === 'open') channel.send(bytes);
    }
  }

  private async answer(p: Participant, offer: SessionDescription): Promise<void> {
    const offered = this.paths.has(p.info.identity) ? withoutCandidates(offer.sdp) : offer.sdp;
    await p.pc.setRemoteDescription({ type: 'offer', sdp: offered });
    const keyFrameWanted: { requestKeyFrame(): void }[] = [];
    // Sections the client offered to receive: give each a track someone publishes.
    const waiting = this.othersPublications(p).filter(
      ({ pub }) => ![...p.subscribed.values()].includes(pub.info.sid),
    );
    for (const t of p.pc.getTransceivers()) {
      if (t.direction === 'inactive' || t.direction === 'recvonly') t.setDirection('sendrecv');
      const mid = t.mid;
      // A publisher sends in the first codec of the answer: put the one its addTrack asked for first,
      // as a LiveKit server does.
      const published = mid ? p.publications.get(sectionTrackId(offer.sdp, mid) ?? '') : undefined;
      if (published) preferCodecs(p.pc, t, publishedCodecs(published.info));
      // A subscriber's section carries the forwarded track's codec, its packets unchanged.
      const forwarded = mid ? p.subscribed.get(mid) : undefined;
      const forwardedPub = this.othersPublications(p).find(({ pub }) => pub.info.sid === forwarded)?.pub;
      if (forwardedPub) preferCodecs(p.pc, t, [codecName(forwardedPub.info.mimeType)]);
      if (!mid || p.subscribed.has(mid) || p.retiredMids.has(mid)) continue;
      if (sectionDirection(offer.sdp, mid) !== 'recvonly') continue;
      const next = waiting.findIndex(({ pub }) => pub.kind === t.kind);
      if (next < 0) continue;
      const [{ owner, pub }] = waiting.splice(next, 1) as [{ owner: Participant; pub: Publication }];
      t.sender.streamIds = [`${owner.info.sid}|${pub.info.sid}`];
      Object.defineProperty(t.sender, 'trackId', { value: pub.info.sid });
      p.subscribed.set(mid, pub.info.sid);
      preferCodecs(p.pc, t, [codecName(pub.info.mimeType)]);
      if (pub.kind === 'video')
        keyFrameWanted.push(
          forwardPublication(owner, pub, p, t.sender, () =>
            publicationPlayoutDelay(this.playoutDelay, owner.rttMs, pub.layers),
          ),
        );
      else forwardPublication(owner, pub, p, t.sender);
    }
    const answer = await p.pc.createAnswer();
    await p.pc.setLocalDescription(answer);
    const local = p.pc.localDescription?.sdp ?? answer.sdp;
    const path = this.paths.get(p.info.identity);
    const sdp = path ? await candidatesThrough(path, local) : local;
    this.send(p, {
      case: 'answer',
      value: new SessionDescription({
        type: 'answer',
        sdp,
        id: offer.id,
        midToTrackId: Object.fromEntries(p.subscribed),
      }),
    });
    // Packets (the key frame among them) sent before the subscriber applies this answer are lost
    // to it; a LiveKit server keeps asking until a key frame gets through. Asked a few times here,
    // as the answer lands.
    for (const delay of [30, 120, 300]) {
      setTimeout(() => keyFrameWanted.forEach((f) => f.requestKeyFrame()), delay);
    }
  }

  private async onRequest(p: Participant, request: SignalRequest): Promise<void> {
    const message = request.message;
    switch (message.case) {
      case 'offer':
        await this.answer(p, message.value);
        break;
      case 'trickle':
        // Behind a path, the client's own candidates would let media bypass it.
        if (this.paths.has(p.info.identity)) break;
        try {
          await p.pc.addIceCandidate(JSON.parse(message.value.candidateInit) as RTCIceCandidateInit);
        } catch {
          // end-of-candidates and the like
        }
        break;
      case 'addTrack': {
        const add = message.value;
        const publication = publicationFor(add);
        const track = publication.info;
        p.publications.set(add.cid, publication);
        p.info.tracks.push(track);
        this.send(p, { case: 'trackPublished', value: new TrackPublishedResponse({ cid: add.cid, track }) });
        this.broadcastUpdate(p.info);
        for (const other of this.participants.values()) if (other !== p) this.requestSections(other);
        break;
      }
      case 'mute': {
        // A camera switched off is muted, not unpublished: everyone else hears of it.
        const pub = [...p.publications.values()].find((x) => x.info.sid === message.value.sid);
        if (!pub) break;
        pub.info.muted = message.value.muted;
        pub.onChange.forEach((listener) => listener());
        this.broadcastUpdate(p.info);
        break;
      }
      case 'ping':
        this.send(p, { case: 'pong', value: BigInt(Date.now()) });
        break;
      case 'pingReq':
        if (message.value.rtt > 0n) p.rttMs = Number(message.value.rtt);
        this.send(p, {
          case: 'pongResp',
          value: new Pong({ lastPingTimestamp: message.value.timestamp, timestamp: BigInt(Date.now()) }),
        });
        break;
      case 'leave':
        p.socket.close();
        break;
      default:
        break;
    }
  }
}
