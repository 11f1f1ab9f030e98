import { LiveShow } from '../../media/live/liveShow';
import type { CatalogStore } from '../catalog/catalogStore';
import type { SceneEditor } from '../scenes/sceneEditor';
import type { SettingsStore } from '../settings/settingsStore';
import { StudioMedia, type OutputFormat } from './studioMedia';

const formatKey = ({ outputResolution, outputFps }: OutputFormat): string =>
  `${outputResolution}@${outputFps}`;

/**
 * Keeps the window's show (made once) and its picture, a StudioMedia rebuilt
 * only when the output format (resolution or frame rate) changes in settings,
 * and never under a show or a backup recording: the room and the recorder hold
 * its tracks. A format saved meanwhile (Settings locks the fields, but another
 * window may save one) waits until both have ended, as OBS keeps its video
 * settings while an output is active.
 */
export class StudioMediaHost {
  readonly show = new LiveShow();
  private media: StudioMedia;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly editor: SceneEditor,
    private readonly catalog: CatalogStore,
    private readonly settings: SettingsStore,
  ) {
    this.media = this.create();
    catalog.follow();
    settings.subscribe(() => this.applyFormat());
    // A show or backup that ends may let a waiting format in; after its own listeners have run.
    this.show.onBusyChange(() => queueMicrotask(() => this.applyFormat()));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): StudioMedia => this.media;

  private applyFormat(): void {
    const wanted = this.wanted();
    if (formatKey(wanted) === formatKey(this.media.output) || this.show.isBusy()) return;
    this.media.dispose();
    this.media = this.create();
    for (const listener of this.listeners) listener();
  }

  private wanted(): OutputFormat {
    const { outputResolution, outputFps } = this.settings.getSnapshot();
    return { outputResolution, outputFps };
  }

  private create(): StudioMedia {
    const media = new StudioMedia(this.editor, this.catalog, this.wanted(), this.show);
    this.show.useProgram(() => media.programTracks());
    this.show.outputs.usePicture({
      compositor: media.compositor,
      audio: media.audio.track,
      collection: () => this.editor.collection,
      framesFor: (market) => media.sources.forMarket(market),
    });
    return media;
  }
}
