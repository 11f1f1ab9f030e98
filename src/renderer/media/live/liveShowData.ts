import type { Room, RoomEvent } from 'livekit-client';
import {
  encodeShowData,
  featuredProductOf,
  showTopics,
  type FeaturedProduct,
  type Poll,
} from '../../../shared/live/showData';
import type { Product } from '../../../shared/catalog/product';

/**
 * What the studio tells viewer pages besides the picture: the product on
 * screen and the running poll. Kept here while off air too, so the first
 * viewer to join (and every later one) gets the current state at once.
 */
export class LiveShowData {
  private room: Room | undefined;
  private product: FeaturedProduct | null = null;
  private poll: Poll | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Follows a room: sends the current state now and to every participant who joins.
   * `events` is livekit-client's RoomEvent, passed in because the library loads on first use.
   */
  attach(room: Room, events: typeof RoomEvent): void {
    this.room = room;
    const greet = (identity: string): void => {
      void this.send(showTopics.product, { product: this.product }, [identity]);
      void this.send(showTopics.poll, { poll: this.poll }, [identity]);
    };
    room.on(events.ParticipantConnected, (participant) => greet(participant.identity));
    // The join notice can come before the newcomer's data channel is up: it also asks once it is.
    room.on(events.DataReceived, (_payload, participant, _kind, topic) => {
      if (topic === showTopics.hello && participant) greet(participant.identity);
    });
    void this.send(showTopics.product, { product: this.product });
    void this.send(showTopics.poll, { poll: this.poll });
  }

  detach(): void {
    this.room = undefined;
  }

  /** The product now featured on the program, or null; sent only when it changes. */
  setProduct(product: Product | null): void {
    const next = product ? featuredProductOf(product) : null;
    if (JSON.stringify(next) === JSON.stringify(this.product)) return;
    this.product = next;
    void this.send(showTopics.product, { product: next });
  }

  /** The running poll; sent at most four times a second however fast votes come, the last state always. */
  setPoll(poll: Poll | null): void {
    this.poll = poll;
    if (this.pollTimer) return;
    void this.send(showTopics.poll, { poll });
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      if (this.poll !== poll) this.setPoll(this.poll);
    }, 250);
  }

  /** Reliable data; a failed send is not fatal (the next change or join sends the state again). */
  private async send(topic: string, message: unknown, to?: string[]): Promise<void> {
    const room = this.room;
    if (!room || room.state !== 'connected') return;
    try {
      await room.localParticipant.publishData(encodeShowData(message), {
        reliable: true,
        topic,
        destinationIdentities: to,
      });
    } catch (error) {
      console.warn('show data not sent', topic, error);
    }
  }
}
