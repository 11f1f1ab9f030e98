import { containRect } from '../../../shared/scenes/layout';
import type { Scene } from '../../../shared/scenes/model';
import type { FrameSource } from './frames';

/**
 * One image drawn into a frame, its geometry already worked out. `I` is the image itself on
 * the page; the variant worker gets the same ops with each image named by a number, since
 * the pictures cross to it once each (variantWorkerMessages.ts).
 */
export interface DrawOp<I = CanvasImageSource> {
  image: I;
  /** The part of the image shown (after the item's crop), in its own pixels. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** Where it lands, in canvas pixels. */
  dx: number;
  dy: number;
  dw: number;
  dh: number;
  alpha: number;
  /** Degrees, about the centre of the item's box (cx, cy). */
  rotation: number;
  cx: number;
  cy: number;
}

/** Every visible item of `scene` as draw ops, bottom first, at `scale` and overall `alpha` (for fades). */
export function sceneDrawOps(scene: Scene, frames: FrameSource, scale: number, alpha: number): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const item of scene.items) {
    if (!item.visible || item.opacity <= 0) continue;
    const frame = frames.frame(item);
    if (!frame || frame.width === 0 || frame.height === 0) continue;
    const { x, y, width, height, rotation } = item.transform;
    const { crop } = item;
    const sw = frame.width * (1 - crop.left - crop.right);
    const sh = frame.height * (1 - crop.top - crop.bottom);
    const box = { x: x * scale, y: y * scale, width: width * scale, height: height * scale };
    const target = frame.fit === 'contain' ? containRect({ width: sw, height: sh }, box) : box;
    ops.push({
      image: frame.image,
      sx: crop.left * frame.width,
      sy: crop.top * frame.height,
      sw,
      sh,
      dx: target.x,
      dy: target.y,
      dw: target.width,
      dh: target.height,
      alpha: alpha * item.opacity,
      rotation,
      cx: box.x + box.width / 2,
      cy: box.y + box.height / 2,
    });
  }
  return ops;
}

/** Draws `ops` in order; `image` resolves each op's image, and one it cannot is skipped. */
export function paintOps<I>(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  ops: readonly DrawOp<I>[],
  image: (op: DrawOp<I>) => CanvasImageSource | undefined,
): void {
  for (const op of ops) {
    const source = image(op);
    if (!source) continue;
    ctx.save();
    ctx.globalAlpha = op.alpha;
    if (op.rotation !== 0) {
      ctx.translate(op.cx, op.cy);
      ctx.rotate((op.rotation * Math.PI) / 180);
      ctx.translate(-op.cx, -op.cy);
    }
    ctx.drawImage(source, op.sx, op.sy, op.sw, op.sh, op.dx, op.dy, op.dw, op.dh);
    ctx.restore();
  }
}
