import type { RemoteParticipant, Room, RoomEvent } from 'livekit-client';
import {
  buyClickMessageSchema,
  decodeShowData,
  marketAttribute,
  showTopics,
} from '../../../shared/live/showData';
import { marketIds } from '../../../shared/markets/markets';
import type { ShowEventSink } from './showEventSink';

/** How often the audience is counted, as platforms report concurrent viewers. */
export const audienceSampleMs = 10_000;
/** A rush of joins is counted once it settles, not at every join. */
const settleMs = 1_000;
/** Viewers whose page did not say its market (another LiveKit client) are counted here. */
export const unknownMarket = 'unknown';

const knownMarkets = new Set<string>(marketIds);

/**
 * The show's viewers as the room sees them: who joins and leaves from which market, how many
 * watch per market (every 10 s and after each change), and the buy clicks viewer pages send.
 * Viewers are the room's standard participants; recorders and agents are not counted.
 */
export class LiveAudience {
  private room: Room | undefined;
  private sampleTimer: ReturnType<typeof setInterval> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly markets = new Map<string, string>();

  constructor(private readonly sink: ShowEventSink) {}

  attach(room: Room, events: typeof RoomEvent): void {
    if (this.room === room) return;
    this.detach();
    this.room = room;
    const changed = (participant: RemoteParticipant): void => {
      if (this.room !== room) return;
      this.follow(participant);
      this.sampleSoon();
    };
    room.on(events.ParticipantConnected, changed);
    room.on(events.ParticipantAttributesChanged, (_changed, participant) => {
      if (participant !== room.localParticipant) changed(participant as RemoteParticipant);
    });
    room.on(events.ParticipantDisconnected, (participant) => {
      if (this.room !== room) return;
      const market = this.markets.get(participant.identity);
      this.markets.delete(participant.identity);
      if (market) this.sink.record({ kind: 'viewerLeave', viewer: participant.identity, market });
      this.sampleSoon();
    });
    room.on(events.DataReceived, (payload, participant, _kind, topic) => {
      if (this.room !== room || topic !== showTopics.buy || !participant) return;
      const click = decodeShowData(buyClickMessageSchema, payload);
      if (click)
        this.sink.record({
          kind: 'buyClick',
          viewer: participant.identity,
          market: click.market,
          productId: click.productId,
        });
    });
    this.sampleTimer = setInterval(() => this.sample(), audienceSampleMs);
    this.announce();
  }

  detach(): void {
    clearInterval(this.sampleTimer);
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.room = undefined;
    this.markets.clear();
  }

  /** Everyone in the room now, as joins, and their count: a show that starts counts who is already there. */
  announce(): void {
    const room = this.room;
    if (!room) return;
    this.markets.clear();
    for (const participant of room.remoteParticipants.values()) this.follow(participant);
    this.sample();
  }

  private follow(participant: RemoteParticipant): void {
    if (!isViewer(participant)) return;
    const market = marketOf(participant);
    const before = this.markets.get(participant.identity);
    if (before === market) return;
    if (before) this.sink.record({ kind: 'viewerLeave', viewer: participant.identity, market: before });
    this.markets.set(participant.identity, market);
    this.sink.record({ kind: 'viewerJoin', viewer: participant.identity, market });
  }

  private sampleSoon(): void {
    this.settleTimer ??= setTimeout(() => {
      this.settleTimer = undefined;
      this.sample();
    }, settleMs);
  }

  private sample(): void {
    if (!this.room) return;
    const counts: Record<string, number> = {};
    for (const market of this.markets.values()) counts[market] = (counts[market] ?? 0) + 1;
    this.sink.record({ kind: 'audience', destination: 'livekit', counts });
  }
}

/** ParticipantKind.STANDARD: livekit-client loads on first use, so its enum is not imported here. */
const standardKind = 0;

/** A person watching: not a recorder (egress), an ingest or an agent. */
function isViewer(participant: RemoteParticipant): boolean {
  return (
    (participant.kind as number | undefined) === undefined || (participant.kind as number) === standardKind
  );
}

function marketOf(participant: RemoteParticipant): string {
  const market = participant.attributes[marketAttribute];
  return market && knownMarkets.has(market) ? market : unknownMarket;
}
