import { mimeTypeOf } from '../../../shared/media/mediaAsset';
import type { SourceOf } from '../../../shared/scenes/model';
import type { SourceFrame } from '../compositor/frames';
import type { SourceRuntime, SourceState, SourceStatus } from './runtime';
import { TrackFrames } from './trackFrames';

/**
 * An imported image, or a product video that loops. The file comes from main as
 * bytes and plays from a blob URL, the same way in the app, in development and
 * in the test harness.
 */
export class MediaFileSource implements SourceRuntime {
  private element: HTMLImageElement | HTMLVideoElement | undefined;
  private frames: TrackFrames | undefined;
  private url: string | undefined;
  private state: SourceState = 'starting';
  private detail: string | undefined;
  private disposed = false;

  constructor(
    private readonly source: SourceOf<'image'> | SourceOf<'video'>,
    private readonly onChange: () => void,
  ) {
    void this.load();
  }

  private async load(): Promise<void> {
    const { mediaId } = this.source.settings;
    const result = await window.studio.invoke('media:read', { id: mediaId });
    if (this.disposed) return;
    if (!result.ok) {
      this.setState(result.error.code === 'NOT_FOUND' ? 'incomplete' : 'failed', result.error.message);
      return;
    }
    this.url = URL.createObjectURL(new Blob([result.value], { type: mimeTypeOf(mediaId) }));
    try {
      if (this.source.kind === 'image') {
        const image = new Image();
        image.src = this.url;
        await image.decode();
        this.element = image;
      } else {
        const video = document.createElement('video');
        video.src = this.url;
        video.loop = this.source.settings.loop;
        // Silent until the audio mixer takes its sound (and unmutes it inside the mix).
        video.muted = true;
        video.playsInline = true;
        await video.play();
        this.element = video;
        // Its frames decoded in a worker like a camera's, keeping the costly
        // YUV-to-RGB step off the main thread (the element is drawn where that is unavailable).
        const track = (video as HTMLVideoElement & { captureStream(): MediaStream })
          .captureStream()
          .getVideoTracks()[0];
        if (track && TrackFrames.supported) this.frames = new TrackFrames(track);
      }
      if (!this.disposed) this.setState('live');
    } catch (error) {
      this.setState('failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  }

  frame(): SourceFrame | undefined {
    const element = this.element;
    if (!element || this.state !== 'live') return undefined;
    if (element instanceof HTMLImageElement) {
      return { image: element, width: element.naturalWidth, height: element.naturalHeight, fit: 'contain' };
    }
    const bitmap = this.frames?.frame;
    if (bitmap) return { image: bitmap, width: bitmap.width, height: bitmap.height, fit: 'contain' };
    if (element.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return undefined;
    return { image: element, width: element.videoWidth, height: element.videoHeight, fit: 'contain' };
  }

  /** The playing <video> of a product video, for the audio mixer. */
  get videoElement(): HTMLVideoElement | undefined {
    return this.element instanceof HTMLVideoElement ? this.element : undefined;
  }

  describe(): string[] {
    return [];
  }

  status(): SourceStatus {
    return { state: this.state, detail: this.detail };
  }

  dispose(): void {
    this.disposed = true;
    this.frames?.dispose();
    if (this.element instanceof HTMLVideoElement) {
      this.element.pause();
      this.element.removeAttribute('src');
      this.element.load();
    }
    if (this.url) URL.revokeObjectURL(this.url);
  }

  private setState(state: SourceState, detail?: string): void {
    this.state = state;
    this.detail = detail;
    this.onChange();
  }
}
