import type { CatalogStore } from '../catalog/catalogStore';
import type { SceneEditor } from '../scenes/sceneEditor';
import type { SettingsStore } from '../settings/settingsStore';
import { StudioMedia } from './studioMedia';

/**
 * Keeps one StudioMedia for the window's life, rebuilding it only when the
 * output format (resolution or frame rate) changes in settings.
 */
export class StudioMediaHost {
  private media: StudioMedia;
  private format: string;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly editor: SceneEditor,
    private readonly catalog: CatalogStore,
    private readonly settings: SettingsStore,
  ) {
    this.format = this.currentFormat();
    this.media = this.create();
    catalog.follow();
    settings.subscribe(() => {
      const format = this.currentFormat();
      if (format === this.format) return;
      this.format = format;
      this.media.dispose();
      this.media = this.create();
      for (const listener of this.listeners) listener();
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): StudioMedia => this.media;

  private currentFormat(): string {
    const { outputResolution, outputFps } = this.settings.getSnapshot();
    return `${outputResolution}@${outputFps}`;
  }

  private create(): StudioMedia {
    const { outputResolution, outputFps } = this.settings.getSnapshot();
    return new StudioMedia(this.editor, this.catalog, { outputResolution, outputFps });
  }
}
