import { mimeTypeOf } from '../../../shared/media/mediaAsset';

/** Product photos as bitmaps for the overlays, each loaded once from main. */
export class MediaImages {
  private readonly entries = new Map<string, ImageBitmap | 'loading' | 'failed'>();

  constructor(private readonly onLoaded: () => void) {}

  /** The photo if it has loaded; starts loading it otherwise. */
  get(id: string): ImageBitmap | undefined {
    const entry = this.entries.get(id);
    if (entry === undefined) void this.load(id);
    return entry instanceof ImageBitmap ? entry : undefined;
  }

  dispose(): void {
    for (const entry of this.entries.values()) if (entry instanceof ImageBitmap) entry.close();
    this.entries.clear();
  }

  private async load(id: string): Promise<void> {
    this.entries.set(id, 'loading');
    const result = await window.studio.invoke('media:read', { id });
    try {
      if (!result.ok) throw new Error(result.error.message);
      this.entries.set(id, await createImageBitmap(new Blob([result.value], { type: mimeTypeOf(id) })));
      this.onLoaded();
    } catch {
      // A deleted or unreadable photo: the card is drawn without it.
      this.entries.set(id, 'failed');
    }
  }
}
