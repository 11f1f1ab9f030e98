import type { SceneItem } from '../../../shared/scenes/model';
import type { SourceFrame } from '../compositor/frames';
import type { LiveGuests } from '../live/liveGuests';
import { drawSlate } from '../overlays/slate';
import { overlayText } from '../overlays/overlayText';
import { CanvasCache } from './canvasCache';
import type { ShowContext, SourceRuntime, SourceStatus } from './runtime';
import { VideoCapture } from './videoCapture';

/**
 * A co-host's camera from the live room, drawn like a local camera. Follows the
 * guest list: the picture appears when the guest goes on stage and gives way to
 * a "waiting for video" slate when they leave or the room ends.
 */
export class CohostSource implements SourceRuntime {
  private track: MediaStreamTrack | undefined;
  private capture: VideoCapture | undefined;
  private readonly slate = new CanvasCache();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly guests: LiveGuests,
    private readonly identity: string,
    private readonly onChange: () => void,
  ) {
    this.unsubscribe = guests.subscribe(() => this.follow());
    this.follow();
  }

  private follow(): void {
    const track = this.guests.video(this.identity);
    if (track === this.track) return;
    this.track = track;
    this.capture?.dispose();
    // A clone: the capture stops its tracks when done, and the room's own track must live on.
    this.capture = track
      ? new VideoCapture(() => Promise.resolve(new MediaStream([track.clone()])), this.onChange)
      : undefined;
    this.onChange();
  }

  frame(item: SceneItem, show: ShowContext): SourceFrame | undefined {
    if (this.capture) return this.capture.frame(item, show);
    const { language, locale } = show.market;
    return this.slate.get(item.transform.width, item.transform.height, language, (ctx, w, h) =>
      drawSlate(ctx, w, h, { text: overlayText(language, 'waitingForVideo'), language, locale }),
    );
  }

  describe(): string[] {
    return this.capture ? this.capture.describe() : this.slate.lastTexts;
  }

  status(): SourceStatus {
    return this.capture?.status() ?? { state: 'starting', detail: 'no guest on camera' };
  }

  dispose(): void {
    this.unsubscribe();
    this.capture?.dispose();
    this.slate.dispose();
  }
}
