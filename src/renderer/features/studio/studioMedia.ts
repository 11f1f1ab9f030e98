import type { Poll } from '../../../shared/live/showData';
import type { Settings } from '../../../shared/settings/settings';
import { Compositor, type TransitionKind } from '../../media/compositor/compositor';
import { AudioMixer } from '../../media/audio/audioMixer';
import { MediaSources } from '../../media/sources/mediaSources';
import type { LiveShow, ProgramTracks } from '../../media/live/liveShow';
import type { CatalogStore } from '../catalog/catalogStore';
import type { SceneEditor } from '../scenes/sceneEditor';
import { setProgramScene } from '../../../shared/scenes/edits';
import { featuredProductId } from '../../../shared/scenes/featured';
import { showEvents } from '../../media/live/showEventSink';
import { OnAirTimeline } from '../../media/live/onAirTimeline';
import { canvasSize } from '../../../shared/outputs/platformPresets';

/** The output format a StudioMedia was made for: what goes out, whatever the settings say now. */
export type OutputFormat = Pick<Settings, 'outputResolution' | 'outputFps'>;

/**
 * The running picture: one compositor at the output size and the sources it
 * draws, kept in step with the scene editor and the catalog, and the program
 * tracks the window's show goes out with. It runs whichever page is shown;
 * only a new output format replaces it, between shows (studioMediaHost.ts).
 */
export class StudioMedia {
  readonly compositor: Compositor;
  readonly sources: MediaSources;
  readonly audio = new AudioMixer();
  private readonly onAir = new OnAirTimeline(showEvents);
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    readonly editor: SceneEditor,
    readonly catalog: CatalogStore,
    readonly output: OutputFormat,
    /** The window's show: publisher and backup, which outlive this picture. */
    readonly show: LiveShow,
  ) {
    // The show's guests' cameras are sources too.
    this.sources = new MediaSources(show.live.guests);
    const { width, height } = canvasSize(output.outputResolution);
    this.compositor = new Compositor({ width, height, fps: output.outputFps, frames: this.sources });
    const sync = (): void => {
      this.sources.update(editor.collection, catalog.getSnapshot());
      this.compositor.setCollection(editor.collection);
      this.syncAudio();
      const featured = featuredProductId(editor.collection);
      const product = catalog.getSnapshot().find((p) => p.id === featured) ?? null;
      this.show.live.showData.setProduct(product);
      this.onAir.update(editor.collection, product);
    };
    sync();
    // A video starting to play (or a capture failing) changes what the mix can take.
    this.unsubscribe.push(editor.subscribe(sync), catalog.subscribe(sync), this.sources.onStatusChange(sync));
    this.compositor.start();
    // Polls live in main: on screen here, and out to viewer pages.
    const showPoll = (poll: Poll | null): void => {
      this.sources.setPoll(poll);
      this.show.live.showData.setPoll(poll);
    };
    this.unsubscribe.push(window.studio.on('polls:onChanged', showPoll));
    void window.studio.invoke('polls:get').then((answer) => answer.ok && showPoll(answer.value));
  }

  /** What the show goes out with: the compositor's picture and the mix. */
  programTracks(): ProgramTracks | undefined {
    const [video] = this.compositor.output.getVideoTracks();
    return video && { video, audio: this.audio.track };
  }

  /** Takes the preview scene to program with a cut or a fade, and records it. */
  transition(kind: TransitionKind, durationMs?: number): void {
    const target = this.editor.collection.previewSceneId;
    this.compositor.transitionTo(target, kind, durationMs);
    this.editor.commit((c) => setProgramScene(c, target));
  }

  private syncAudio(): void {
    this.audio.sync(this.editor.collection, this.compositor.programSceneId, (id) =>
      this.sources.videoElement(id),
    );
  }

  /** Only between shows (the show not busy): its tracks are no one else's then. */
  dispose(): void {
    for (const off of this.unsubscribe) off();
    this.compositor.dispose();
    this.sources.dispose();
    this.audio.dispose();
  }
}
