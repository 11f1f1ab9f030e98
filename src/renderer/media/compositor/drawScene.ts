import type { Scene } from '../../../shared/scenes/model';
import type { FrameSource } from './frames';
import { paintOps, sceneDrawOps } from './drawOps';

/**
 * Draws every visible item of `scene`, bottom first, at `scale` (output pixels
 * to canvas pixels) and overall `alpha` (for fades).
 */
export function drawScene(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  scene: Scene,
  frames: FrameSource,
  scale: number,
  alpha: number,
): void {
  paintOps(ctx, sceneDrawOps(scene, frames, scale, alpha), (op) => op.image);
}
