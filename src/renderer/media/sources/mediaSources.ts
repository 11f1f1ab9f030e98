import type { Product } from '../../../shared/catalog/product';
import type { Poll } from '../../../shared/live/showData';
import { marketById, type MarketId } from '../../../shared/markets/markets';
import type { SceneCollection, SceneItem, Source } from '../../../shared/scenes/model';
import type { FrameSource, SourceFrame } from '../compositor/frames';
import type { FeedStatus } from '../../../shared/feeds/feed';
import { MediaFileSource } from './mediaFileSource';
import { NetworkFeedSource } from './networkFeedSource';
import { MediaImages } from './mediaImages';
import { OverlaySource } from './overlaySource';
import type { PinnedQuestion, ShowContext, SourceRuntime, SourceStatus } from './runtime';
import { VideoCapture } from './videoCapture';
import { CohostSource } from './cohostSource';
import type { LiveGuests } from '../live/liveGuests';

/**
 * Owns the live side of every source the scenes use: opens cameras and screens
 * when a source is first used, closes them when no scene uses it any more, and
 * answers the compositor's per-frame question "what does this item show?".
 */
export class MediaSources implements FrameSource {
  private readonly runtimes = new Map<string, { key: string; runtime: SourceRuntime }>();
  private show: ShowContext | undefined;
  private question: PinnedQuestion | undefined;
  private poll: Poll | null = null;
  private version = 0;
  private readonly images = new MediaImages(() => this.notify());
  private notifyPending = false;
  private readonly listeners = new Set<() => void>();
  private readonly onDeviceChange = (): void => {
    for (const { runtime } of this.runtimes.values()) if (runtime instanceof VideoCapture) runtime.retry();
  };

  private feedStatuses = new Map<string, FeedStatus>();
  private readonly stopFeedStatuses: () => void;

  constructor(private readonly guests: LiveGuests) {
    navigator.mediaDevices?.addEventListener('devicechange', this.onDeviceChange);
    this.stopFeedStatuses = window.studio.on('feeds:onStatus', (statuses) => {
      this.feedStatuses = new Map(statuses.map((s) => [s.feedId, s]));
      for (const { runtime } of this.runtimes.values()) {
        if (runtime instanceof NetworkFeedSource)
          runtime.setFeedStatus(this.feedStatuses.get(runtime.feedId));
      }
    });
  }

  /** Brings runtimes in line with the collection, the catalog and the chosen market. */
  update(collection: SceneCollection, products: readonly Product[]): void {
    this.show = {
      market: marketById(collection.market),
      products: new Map(products.map((p) => [p.id, p])),
      now: () => new Date(),
      image: (id) => this.images.get(id),
      question: this.question,
      poll: this.poll,
    };
    const used = new Set(collection.scenes.flatMap((s) => s.items.map((i) => i.sourceId)));
    for (const source of collection.sources) {
      if (!used.has(source.id)) continue;
      const key = JSON.stringify(source);
      const existing = this.runtimes.get(source.id);
      if (existing?.key === key) continue;
      existing?.runtime.dispose();
      this.runtimes.set(source.id, { key, runtime: this.create(source) });
    }
    for (const [id, { runtime }] of this.runtimes) {
      if (!used.has(id)) {
        runtime.dispose();
        this.runtimes.delete(id);
      }
    }
  }

  /** Puts a viewer question on the question sources (or takes it off with undefined). */
  setQuestion(question: PinnedQuestion | undefined): void {
    this.question = question;
    if (this.show) this.show = { ...this.show, question };
    this.notify();
  }

  /** Shows a poll's running results on the poll sources (null takes it off). */
  setPoll(poll: Poll | null): void {
    this.poll = poll;
    if (this.show) this.show = { ...this.show, poll };
    this.notify();
  }

  frame(item: SceneItem): SourceFrame | undefined {
    const show = this.show;
    return show ? this.runtimes.get(item.sourceId)?.runtime.frame(item, show) : undefined;
  }

  /** The same sources drawn for another market's viewers: prices, terms and words in theirs. */
  forMarket(marketId: MarketId): FrameSource {
    const market = marketById(marketId);
    // Made again only when the show's context changes, not for every item of every frame.
    let context: { from: ShowContext; show: ShowContext } | undefined;
    return {
      frame: (item) => {
        const show = this.show;
        if (!show) return undefined;
        if (context?.from !== show) context = { from: show, show: { ...show, market, forOutput: true } };
        return this.runtimes.get(item.sourceId)?.runtime.frame(item, context.show);
      },
    };
  }

  /** The <video> of a product video source once it plays, for the audio mix. */
  videoElement(sourceId: string): HTMLVideoElement | undefined {
    const runtime = this.runtimes.get(sourceId)?.runtime;
    return runtime instanceof MediaFileSource ? runtime.videoElement : undefined;
  }

  describe(sourceId: string): string[] {
    return this.runtimes.get(sourceId)?.runtime.describe() ?? [];
  }

  status(sourceId: string): SourceStatus | undefined {
    return this.runtimes.get(sourceId)?.runtime.status();
  }

  /** Grows with every status change, for React's useSyncExternalStore. */
  get statusVersion(): number {
    return this.version;
  }

  /** Called when a capture starts, fails or disconnects. */
  onStatusChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    navigator.mediaDevices?.removeEventListener('devicechange', this.onDeviceChange);
    this.stopFeedStatuses();
    for (const { runtime } of this.runtimes.values()) runtime.dispose();
    this.runtimes.clear();
    this.images.dispose();
  }

  // Batched on a microtask: a capture reports 'starting' from inside its own
  // constructor, and a listener that syncs again must not re-enter update().
  private notify(): void {
    if (this.notifyPending) return;
    this.notifyPending = true;
    queueMicrotask(() => {
      this.notifyPending = false;
      this.version++;
      this.listeners.forEach((l) => l());
    });
  }

  private create(source: Source): SourceRuntime {
    const changed = (): void => this.notify();
    switch (source.kind) {
      case 'camera': {
        const { deviceId, width, height, fps } = source.settings;
        return new VideoCapture(
          () =>
            navigator.mediaDevices.getUserMedia({
              audio: false,
              video: {
                deviceId: deviceId ? { exact: deviceId } : undefined,
                width: { ideal: width },
                height: { ideal: height },
                frameRate: { ideal: fps },
              },
            }),
          changed,
        );
      }
      case 'screen':
        return new VideoCapture(async () => {
          // Ask main for the screen or window picked before (by name: ids change between runs).
          if (source.settings.label) {
            const list = await window.studio.invoke('capture:listScreenSources');
            if (list.ok && list.value.available) {
              await window.studio.invoke('capture:chooseScreenSource', { name: source.settings.label });
            }
          }
          return navigator.mediaDevices.getDisplayMedia({
            video: { frameRate: { ideal: 30 } },
            audio: false,
          });
        }, changed);
      case 'image':
      case 'video':
        return new MediaFileSource(source, changed);
      case 'networkFeed': {
        const feed = new NetworkFeedSource(source.settings.feedId, changed);
        feed.setFeedStatus(this.feedStatuses.get(source.settings.feedId));
        return feed;
      }
      case 'cohost':
        return new CohostSource(this.guests, source.settings.participantIdentity, changed);
      default:
        return new OverlaySource(source);
    }
  }
}
