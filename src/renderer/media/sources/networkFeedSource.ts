import type { FeedStatus } from '../../../shared/feeds/feed';
import type { SceneItem } from '../../../shared/scenes/model';
import type { SourceFrame } from '../compositor/frames';
import FeedDecoder from '../feeds/feedDecoder.worker?worker';
import type { WorkerMessage } from '../feeds/feedDecoder.worker';
import { drawSlate } from '../overlays/slate';
import { overlayText } from '../overlays/overlayText';
import { CanvasCache } from './canvasCache';
import type { ShowContext, SourceRuntime, SourceState, SourceStatus } from './runtime';

/** A picture older than this is no longer shown: viewers see the slate, never a frozen frame. */
const staleAfterMs = 700;

/**
 * A factory or warehouse camera: main's ffmpeg brings its H.264 to a worker
 * that decodes it; this draws the newest picture. When pictures stop (camera
 * down, network gone) the item shows a branded "reconnecting" slate within
 * 0.7 s, and the picture returns by itself when main's feed is back.
 */
export class NetworkFeedSource implements SourceRuntime {
  private worker: Worker | undefined;
  private latest: { bitmap: ImageBitmap; shownAt: number } | undefined;
  private readonly slate = new CanvasCache();
  private state: SourceState = 'starting';
  private detail: string | undefined;
  private disposed = false;
  private feedStatus: FeedStatus | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWaiting: (() => void) | undefined;

  constructor(
    readonly feedId: string,
    private readonly onChange: () => void,
  ) {
    void this.connect();
  }

  /** Main's view of the feed (state, fps, errors), pushed by feeds:onStatus. */
  setFeedStatus(status: FeedStatus | undefined): void {
    this.feedStatus = status;
    const state: SourceState =
      status?.state === 'live'
        ? 'live'
        : status?.state === 'failed'
          ? 'failed'
          : status
            ? 'disconnected'
            : this.state;
    if (state !== this.state) this.setState(state, status?.error ?? undefined);
  }

  frame(item: SceneItem, show: ShowContext): SourceFrame | undefined {
    const latest = this.latest;
    if (latest && performance.now() - latest.shownAt < staleAfterMs) {
      return {
        image: latest.bitmap,
        width: latest.bitmap.width,
        height: latest.bitmap.height,
        fit: 'contain',
      };
    }
    const { language, locale } = show.market;
    const key =
      this.state === 'starting' || this.state === 'incomplete' ? 'waitingForVideo' : 'feedReconnecting';
    return this.slate.get(item.transform.width, item.transform.height, `${language}|${key}`, (ctx, w, h) =>
      drawSlate(ctx, w, h, { text: overlayText(language, key), language, locale }),
    );
  }

  describe(): string[] {
    return this.latest && performance.now() - this.latest.shownAt < staleAfterMs ? [] : this.slate.lastTexts;
  }

  status(): SourceStatus {
    return { state: this.state, detail: this.detail ?? this.feedStatus?.error ?? undefined };
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    this.stopWaiting?.();
    this.worker?.terminate();
    this.latest?.bitmap.close();
    this.latest = undefined;
    this.slate.dispose();
  }

  private async connect(): Promise<void> {
    const opened = await window.studio.invoke('feeds:open', { feedId: this.feedId });
    if (this.disposed) return;
    if (!opened.ok) {
      if (opened.error.code !== 'NOT_FOUND') return this.setState('failed', opened.error.message);
      // Not saved yet (no address): start as soon as the producer saves it in the properties panel.
      this.setState('incomplete', opened.error.message);
      this.stopWaiting?.();
      this.stopWaiting = window.studio.on('feeds:onChanged', (feeds) => {
        if (!feeds.some((f) => f.id === this.feedId)) return;
        this.stopWaiting?.();
        this.stopWaiting = undefined;
        void this.connect();
      });
      return;
    }
    const worker = new FeedDecoder();
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'picture') {
        this.latest?.bitmap.close();
        this.latest = { bitmap: message.bitmap, shownAt: performance.now() };
        if (this.state !== 'live') this.setState('live');
      } else {
        // The relay closed (the feed was saved anew or main restarted it): open it again.
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        if (!this.disposed) this.retryTimer = setTimeout(() => void this.connect(), 500);
      }
    };
    worker.postMessage({ url: opened.value.url });
  }

  private setState(state: SourceState, detail?: string): void {
    this.state = state;
    this.detail = detail;
    this.onChange();
  }
}
