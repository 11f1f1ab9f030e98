import {
  ConnectionState,
  Room,
  RoomEvent,
  TokenSource,
  Track,
  type RemoteParticipant,
  type RemoteTrack,
} from 'livekit-client';
import {
  decodeShowData,
  encodeShowData,
  marketAttribute,
  pollMessageSchema,
  productMessageSchema,
  replyMessageSchema,
  showTopics,
  type BuyClickMessage,
  type FeaturedProduct,
  type Poll,
  type ReplyMessage,
} from '../../shared/live/showData';
import type { MarketId } from '../../shared/markets/markets';
import { roomModeAttribute } from '../../shared/live/roomModes';
import type { ReceptionReport } from '../../shared/live/viewerReception';
import { liveRoomModes, type LiveRoomMode } from '../../shared/settings/settings';

export type ViewerState = 'connecting' | 'waiting' | 'live' | 'reconnecting' | 'ended' | 'failed';

export interface ViewerSnapshot {
  state: ViewerState;
  /** The host's program picture. */
  video: RemoteTrack | undefined;
  /** Everyone's sound: the host's program and the guests on stage (LiveKit never sends one's own back). */
  audio: RemoteTrack[];
  product: FeaturedProduct | null;
  poll: Poll | null;
  /** The options this viewer voted for, by poll id. */
  votes: Record<string, number>;
  replies: ReplyMessage[];
  /** The room's mode, as the studio's participant attributes say. */
  mode: LiveRoomMode;
  /** Joined with a guest invitation: may go on stage. */
  guest: boolean;
  onStage: boolean;
  /** Names of the people speaking in the room (the host and guests on stage). */
  speakers: string[];
  /** The browser holds the sound back until the viewer touches the page. */
  audioBlocked: boolean;
}

export interface ViewerOptions {
  /** A LiveKit standard token endpoint (POST, JSON): the shop's backend or the studio's own page server. */
  tokenEndpoint: string;
  /** A guest invitation from the studio (its server and token), instead of the endpoint. */
  invite?: { serverUrl: string; token: string };
  name: string;
  market: MarketId;
  language: string;
  /** This browser's key (viewerBrowserKey.ts): the studio's endpoint derives a stable identity from it. */
  browserKey?: string;
}

/**
 * One viewer in the show's room: subscribes to the host's program, follows the
 * featured product and polls the studio sends as data, and sends comments (as
 * LiveKit chat text streams) and votes. Everything a peer sends is parsed with
 * the shared schemas and dropped when malformed.
 */
export class ViewerSession {
  private readonly room = new Room({ adaptiveStream: true, dynacast: true });
  private snapshot: ViewerSnapshot = {
    state: 'connecting',
    video: undefined,
    audio: [],
    product: null,
    poll: null,
    votes: {},
    replies: [],
    mode: 'show',
    guest: false,
    onStage: false,
    speakers: [],
    audioBlocked: false,
  };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: ViewerOptions) {
    const room = this.room;
    room.on(RoomEvent.TrackSubscribed, (track, pub, from) => this.onTrack(track, pub.trackName, from, true));
    room.on(RoomEvent.TrackUnsubscribed, (track, pub, from) =>
      this.onTrack(track, pub.trackName, from, false),
    );
    // The studio publishes its program muted while it waits for "Go live", and unmutes it then.
    room.on(RoomEvent.TrackMuted, () => this.set({ state: this.showState() }));
    room.on(RoomEvent.TrackUnmuted, () => this.set({ state: this.showState() }));
    room.on(RoomEvent.Reconnecting, () => this.set({ state: 'reconnecting' }));
    room.on(RoomEvent.Reconnected, () => this.set({ state: this.showState() }));
    room.on(RoomEvent.Disconnected, () => this.set({ state: 'ended', video: undefined, audio: [] }));
    room.on(RoomEvent.AudioPlaybackStatusChanged, () => this.set({ audioBlocked: !room.canPlaybackAudio }));
    const people = (): void => this.readPeople();
    room.on(RoomEvent.ParticipantConnected, people);
    room.on(RoomEvent.ParticipantDisconnected, people);
    room.on(RoomEvent.ParticipantAttributesChanged, people);
    room.on(RoomEvent.TrackPublished, people);
    room.on(RoomEvent.LocalTrackPublished, people);
    room.on(RoomEvent.LocalTrackUnpublished, people);
    room.on(RoomEvent.DataReceived, (payload, participant, _kind, topic) =>
      this.onData(payload, participant, topic),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ViewerSnapshot => this.snapshot;

  async join(): Promise<void> {
    this.set({ state: 'connecting' });
    try {
      const source = this.options.invite
        ? TokenSource.literal({
            serverUrl: this.options.invite.serverUrl,
            participantToken: this.options.invite.token,
          })
        : TokenSource.endpoint(this.options.tokenEndpoint);
      const { serverUrl, participantToken } = await source.fetch({
        participantIdentity: this.options.browserKey,
        participantName: this.options.name,
        participantAttributes: { [marketAttribute]: this.options.market },
      });
      await this.room.connect(serverUrl, participantToken);
      await this.room.localParticipant.publishData(new Uint8Array(), {
        reliable: true,
        topic: showTopics.hello,
      });
      this.readPeople();
      if (this.room.state === ConnectionState.Connected) this.set({ state: this.showState() });
    } catch (error) {
      console.warn('could not join the show', error);
      this.set({ state: 'failed' });
    }
  }

  leave(): Promise<void> {
    return this.room.disconnect();
  }

  /** Sends a comment the way LiveKit chat clients do: a text stream on `lk.chat`. */
  async comment(text: string): Promise<void> {
    await this.room.localParticipant.sendText(text, {
      topic: showTopics.chat,
      attributes: { language: this.options.language, [marketAttribute]: this.options.market },
    });
  }

  async vote(pollId: string, option: number): Promise<void> {
    await this.room.localParticipant.publishData(encodeShowData({ pollId, option }), {
      reliable: true,
      topic: showTopics.vote,
    });
    this.set({ votes: { ...this.snapshot.votes, [pollId]: option } });
  }

  /**
   * Tells the studio a buy link was clicked, as data to the studio alone: the link itself opens at
   * once, whatever happens to this message.
   */
  async buyClicked(productId: string): Promise<void> {
    const host = this.studio();
    if (!host) return;
    await this.room.localParticipant
      .publishData(encodeShowData({ productId, market: this.options.market } satisfies BuyClickMessage), {
        reliable: true,
        topic: showTopics.buy,
        destinationIdentities: [host.identity],
      })
      .catch((error: unknown) => console.warn('buy click not counted', error));
  }

  /** Tells the studio (the program's publisher) what picture this page gets; lost now and then is fine. */
  async reportReception(report: ReceptionReport): Promise<void> {
    const host = this.studio();
    if (!host) return;
    await this.room.localParticipant
      .publishData(encodeShowData(report), {
        reliable: false,
        topic: showTopics.reception,
        destinationIdentities: [host.identity],
      })
      .catch(() => undefined);
  }

  /** The studio in the room (it sets the room's mode), while connected. */
  private studio(): RemoteParticipant | undefined {
    if (this.room.state !== ConnectionState.Connected) return undefined;
    return [...this.room.remoteParticipants.values()].find((p) => p.attributes[roomModeAttribute]);
  }

  /** A guest goes on stage: microphone, and camera where the room's mode has guests on camera. */
  async joinStage(camera: boolean): Promise<void> {
    await this.room.localParticipant.setMicrophoneEnabled(true);
    if (camera) await this.room.localParticipant.setCameraEnabled(true);
    this.set({ onStage: true });
  }

  async leaveStage(): Promise<void> {
    await this.room.localParticipant.setCameraEnabled(false);
    await this.room.localParticipant.setMicrophoneEnabled(false);
    this.set({ onStage: false });
  }

  /** Browsers block sound until the viewer touches the page. */
  startAudio(): Promise<void> {
    return this.room.startAudio();
  }

  private readPeople(): void {
    const remote = [...this.room.remoteParticipants.values()];
    const host = remote.find((p) => p.attributes[roomModeAttribute]);
    const mode = host?.attributes[roomModeAttribute];
    const local = this.room.localParticipant;
    const speaking = [...remote, local].filter((p) =>
      [...p.trackPublications.values()].some((publication) => !publication.isMuted),
    );
    this.set({
      mode: liveRoomModes.includes(mode as LiveRoomMode) ? (mode as LiveRoomMode) : 'show',
      guest: local.permissions?.canPublish ?? false,
      speakers: speaking.map((p) => p.name || p.identity),
    });
  }

  private onTrack(track: RemoteTrack, name: string, from: RemoteParticipant, subscribed: boolean): void {
    // The studio's variants for marketplaces the server restreams are not the viewers' picture.
    if (name.startsWith('variant:')) return;
    if (track.kind === Track.Kind.Audio) {
      const others = this.snapshot.audio.filter((t) => t !== track);
      this.set({ audio: subscribed ? [...others, track] : others });
      return;
    }
    // Guests' cameras reach viewers inside the studio's composited picture, not on their own.
    if (!from.attributes[roomModeAttribute]) return;
    const video = subscribed ? track : this.snapshot.video === track ? undefined : this.snapshot.video;
    this.set({ video, state: this.showState(video) });
  }

  /** Live once the program's picture is there and unmuted; until then the show starts soon. */
  private showState(video = this.snapshot.video): 'live' | 'waiting' {
    return video && !video.isMuted ? 'live' : 'waiting';
  }

  private onData(payload: Uint8Array, from: RemoteParticipant | undefined, topic: string | undefined): void {
    // Only a participant allowed to publish (the studio) speaks for the show.
    if (!from?.permissions?.canPublish) return;
    if (topic === showTopics.product) {
      const message = decodeShowData(productMessageSchema, payload);
      if (message) this.set({ product: message.product });
    } else if (topic === showTopics.poll) {
      const message = decodeShowData(pollMessageSchema, payload);
      if (message) this.set({ poll: message.poll });
    } else if (topic === showTopics.reply) {
      const reply = decodeShowData(replyMessageSchema, payload);
      if (reply) this.set({ replies: [...this.snapshot.replies, reply].slice(-20) });
    }
  }

  private set(patch: Partial<ViewerSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
