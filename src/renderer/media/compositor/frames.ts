import type { SceneItem } from '../../../shared/scenes/model';

/** Something the compositor can draw for a scene item this frame. */
export interface SourceFrame {
  image: CanvasImageSource;
  width: number;
  height: number;
  /** Video keeps its aspect ratio inside the item ('contain'); overlays are drawn to the item's size. */
  fit: 'contain' | 'fill';
}

/** Resolves a scene item's source to its current frame, or nothing to draw. */
export interface FrameSource {
  frame(item: SceneItem): SourceFrame | undefined;
}
