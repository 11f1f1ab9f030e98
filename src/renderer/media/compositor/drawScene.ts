import { containRect } from '../../../shared/scenes/layout';
import type { Scene } from '../../../shared/scenes/model';
import type { FrameSource } from './frames';

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
  for (const item of scene.items) {
    if (!item.visible || item.opacity <= 0) continue;
    const frame = frames.frame(item);
    if (!frame || frame.width === 0 || frame.height === 0) continue;
    const { x, y, width, height, rotation } = item.transform;
    const { crop } = item;
    const sx = crop.left * frame.width;
    const sy = crop.top * frame.height;
    const sw = frame.width * (1 - crop.left - crop.right);
    const sh = frame.height * (1 - crop.top - crop.bottom);
    const box = { x: x * scale, y: y * scale, width: width * scale, height: height * scale };
    const target = frame.fit === 'contain' ? containRect({ width: sw, height: sh }, box) : box;

    ctx.save();
    ctx.globalAlpha = alpha * item.opacity;
    if (rotation !== 0) {
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      ctx.translate(cx, cy);
      ctx.rotate((rotation * Math.PI) / 180);
      ctx.translate(-cx, -cy);
    }
    ctx.drawImage(frame.image, sx, sy, sw, sh, target.x, target.y, target.width, target.height);
    ctx.restore();
  }
}
