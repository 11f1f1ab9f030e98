import type { OutputsState, OutputVariant } from '../../../shared/outputs/outputStatus';
import type { MarketId } from '../../../shared/markets/markets';
import type { Source } from '../../../shared/scenes/model';
import type { Compositor } from '../compositor/compositor';
import type { FrameSource } from '../compositor/frames';
import { log } from '../../ipc/log';
import { VariantEncoder } from './variantEncoder';
import { RoomVariant } from './roomVariant';
import type { PictureContext } from './variantPicture';

/** The picture the encoders draw from: rebuilt with the studio's output format, between shows. */
export interface OutputPicture {
  compositor: Compositor;
  audio: MediaStreamTrack | undefined;
  collection(): { market: MarketId; sources: readonly Source[] };
  framesFor(market: MarketId): FrameSource;
}

/** Lets the encoders hear main's state; the window wires it to outputs:onState. */
export type OutputsFollower = (listener: (state: OutputsState) => void) => () => void;

/** Where restreamed variants' tracks go: the show's room (RoomVariants). */
export interface VariantRoom {
  want(key: string, track: MediaStreamTrack, kbps: number): void;
  drop(key: string): void;
}

type Output = VariantEncoder | RoomVariant;

/**
 * The window's encoders for the destinations on air: one VariantEncoder for each variant
 * main asks for (outputs:onState), fed every program frame. It lives as long as the window,
 * like the show; the picture it draws from is swapped in by the studio (usePicture).
 */
export class OutputEncoders {
  private readonly encoders = new Map<string, Output>();
  private picture: OutputPicture | undefined;
  private stopFrames: (() => void) | undefined;
  private wanted: OutputVariant[] = [];
  private readonly listeners = new Set<() => void>();
  /** Frames encoders that have since closed could not send (for the benches' figures). */
  private closedDrops = 0;

  constructor(
    follow: OutputsFollower,
    private readonly room: VariantRoom,
  ) {
    follow((state) => this.want(state.variants));
  }

  /** Encoding for at least one destination: the picture must not be rebuilt meanwhile. */
  isActive(): boolean {
    return this.wanted.length > 0;
  }

  /** Frames the window skipped because an encoder or main fell behind, since the window opened. */
  droppedFrames(): number {
    let total = this.closedDrops;
    for (const encoder of this.encoders.values()) total += encoder.droppedFrames;
    return total;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  usePicture(picture: OutputPicture): void {
    this.stopFrames?.();
    this.picture = picture;
    this.stopFrames = picture.compositor.onProgramFrame(({ canvas, scene }) => {
      if (this.encoders.size === 0) return;
      const collection = picture.collection();
      const context: PictureContext = {
        programMarket: collection.market,
        programSize: picture.compositor.size,
        sources: collection.sources,
        framesFor: (market) => picture.framesFor(market),
      };
      for (const encoder of this.encoders.values()) encoder.encodeFrame(canvas, scene, context);
    });
    // Encoders made for the old picture's sound start again with the new one.
    this.restartAll();
  }

  private want(variants: OutputVariant[]): void {
    const wasActive = this.isActive();
    this.wanted = variants;
    const keys = new Set(variants.map((v) => v.key));
    for (const [key, encoder] of this.encoders) {
      if (!keys.has(key) || encoder.variant.ingestUrl !== variants.find((v) => v.key === key)?.ingestUrl) {
        this.closedDrops += encoder.droppedFrames;
        this.closeOne(key, encoder);
      }
    }
    for (const variant of variants) if (!this.encoders.has(variant.key)) this.open(variant);
    if (wasActive !== this.isActive()) for (const listener of this.listeners) listener();
  }

  private closeOne(key: string, output: Output): void {
    output.close();
    this.encoders.delete(key);
    if (output instanceof RoomVariant) this.room.drop(key);
  }

  private open(variant: OutputVariant): void {
    if (!this.picture) return;
    if (variant.route === 'server') {
      const restreamed = new RoomVariant(variant);
      this.encoders.set(variant.key, restreamed);
      this.room.want(variant.key, restreamed.track, variant.videoKbps);
      log.info('outputs', 'variant published for restreaming', { variant: variant.key });
      return;
    }
    log.info('outputs', 'variant encoding', { variant: variant.key });
    const encoder = new VariantEncoder(variant, this.picture.audio, (error) => {
      log.warn('outputs', 'variant stopped', { variant: variant.key, error: String(error) });
      if (this.encoders.get(variant.key) !== encoder) return;
      this.encoders.delete(variant.key);
      // Main still wants it (its socket dropped, say): try again shortly.
      setTimeout(() => {
        const still = this.wanted.find((v) => v.key === variant.key);
        if (still && !this.encoders.has(variant.key)) this.open(still);
      }, 1000);
    });
    this.encoders.set(variant.key, encoder);
  }

  private restartAll(): void {
    for (const [key, output] of [...this.encoders]) this.closeOne(key, output);
    for (const variant of this.wanted) this.open(variant);
  }
}
