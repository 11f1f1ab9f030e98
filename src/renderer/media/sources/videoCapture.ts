import type { SceneItem } from '../../../shared/scenes/model';
import type { SourceFrame } from '../compositor/frames';
import { drawSlate } from '../overlays/slate';
import { overlayText } from '../overlays/overlayText';
import { CanvasCache } from './canvasCache';
import { TrackFrames } from './trackFrames';
import type { ShowContext, SourceRuntime, SourceState, SourceStatus } from './runtime';

/**
 * A camera or screen capture played into a muted <video> the compositor draws.
 * When the device goes away (unplugged, screen share ended) the item shows a
 * "camera disconnected" slate instead of a frozen frame, and `retry` (called on
 * devicechange) brings it back.
 */
export class VideoCapture implements SourceRuntime {
  private readonly video = document.createElement('video');
  private stream: MediaStream | undefined;
  private frames: TrackFrames | undefined;
  private state: SourceState = 'starting';
  private detail: string | undefined;
  private readonly slate = new CanvasCache();
  private disposed = false;

  constructor(
    private readonly open: () => Promise<MediaStream>,
    private readonly onChange: () => void,
  ) {
    this.video.muted = true;
    this.video.playsInline = true;
    void this.start();
  }

  /** Opens the device again after a disconnection or failure. */
  retry(): void {
    if (this.state === 'disconnected' || this.state === 'failed') void this.start();
  }

  private async start(): Promise<void> {
    this.setState('starting');
    try {
      const stream = await this.open();
      if (this.disposed) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      this.stop();
      this.stream = stream;
      const [track] = stream.getVideoTracks();
      track?.addEventListener('ended', () => this.setState('disconnected', 'the device stopped sending'));
      if (track && TrackFrames.supported) {
        this.frames = new TrackFrames(track);
      } else {
        this.video.srcObject = stream;
        await this.video.play();
      }
      this.setState('live');
    } catch (error) {
      this.setState('failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  }

  frame(item: SceneItem, show: ShowContext): SourceFrame | undefined {
    const bitmap = this.frames?.frame;
    if (this.state === 'live' && bitmap) {
      return { image: bitmap, width: bitmap.width, height: bitmap.height, fit: 'contain' };
    }
    if (this.state === 'live' && this.video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
      return {
        image: this.video,
        width: this.video.videoWidth,
        height: this.video.videoHeight,
        fit: 'contain',
      };
    }
    // Starting, or live before its first frame: nothing yet, rather than a false alarm.
    if (this.state === 'starting' || this.state === 'live') return undefined;
    const { language, locale } = show.market;
    return this.slate.get(item.transform.width, item.transform.height, language, (ctx, w, h) =>
      drawSlate(ctx, w, h, { text: overlayText(language, 'cameraDisconnected'), language, locale }),
    );
  }

  describe(): string[] {
    return this.state === 'live' ? [] : this.slate.lastTexts;
  }

  status(): SourceStatus {
    return { state: this.state, detail: this.detail };
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
    this.slate.dispose();
  }

  private stop(): void {
    this.frames?.dispose();
    this.frames = undefined;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    this.video.srcObject = null;
  }

  private setState(state: SourceState, detail?: string): void {
    this.state = state;
    this.detail = detail;
    this.onChange();
  }
}
