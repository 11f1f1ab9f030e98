import type { SceneItem, SourceKind, Transform } from './model';

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point, Size {}

/** The largest rect of the source's aspect ratio that fits inside `box`, centred. */
export function containRect(source: Size, box: Rect): Rect {
  const scale = Math.min(box.width / source.width, box.height / source.height);
  const width = source.width * scale;
  const height = source.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/**
 * Where a newly added source goes on an output of `output` size: video sources
 * fill the frame; overlays take the places viewers expect them (the product card
 * beside the host, the lower third at the bottom, the countdown in a corner).
 */
export function defaultTransform(kind: SourceKind, output: Size): Transform {
  const { width: W, height: H } = output;
  const at = (x: number, y: number, width: number, height: number): Transform => ({
    x: Math.round(x * W),
    y: Math.round(y * H),
    width: Math.round(width * W),
    height: Math.round(height * H),
    rotation: 0,
  });
  switch (kind) {
    case 'productCard':
      return at(0.66, 0.08, 0.3, 0.7);
    case 'lowerThird':
      return at(0.04, 0.78, 0.5, 0.14);
    case 'countdown':
      return at(0.04, 0.05, 0.2, 0.12);
    case 'poll':
      return at(0.04, 0.25, 0.28, 0.4);
    case 'question':
      return at(0.2, 0.05, 0.6, 0.16);
    default:
      return at(0, 0, 1, 1);
  }
}

/** Rotates `point` by `degrees` about `centre`. */
export function rotateAbout(point: Point, centre: Point, degrees: number): Point {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos };
}

export function centreOf(t: Transform): Point {
  return { x: t.x + t.width / 2, y: t.y + t.height / 2 };
}

/** True when `point` (output pixels) falls inside the item's rotated rectangle. */
export function containsPoint(t: Transform, point: Point): boolean {
  const local = rotateAbout(point, centreOf(t), -t.rotation);
  return local.x >= t.x && local.x <= t.x + t.width && local.y >= t.y && local.y <= t.y + t.height;
}

/** The topmost visible item under `point`, as the mouse sees it. */
export function hitTest(items: readonly SceneItem[], point: Point): SceneItem | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item && item.visible && containsPoint(item.transform, point)) return item;
  }
  return undefined;
}

export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';

/**
 * Resizes by dragging `handle` by (dx, dy) output pixels. The drag is read in
 * the item's own rotated frame, and the opposite edge or corner stays where it
 * was on screen. `keepAspect` holds the ratio (corner handles only).
 */
export function resizeFromHandle(
  t: Transform,
  handle: Handle,
  delta: Point,
  options: { keepAspect?: boolean; minSize?: number } = {},
): Transform {
  const min = options.minSize ?? 16;
  const local = rotateAbout({ x: delta.x, y: delta.y }, { x: 0, y: 0 }, -t.rotation);
  const sx = handle.includes('e') ? 1 : handle.includes('w') ? -1 : 0;
  const sy = handle.includes('s') ? 1 : handle.includes('n') ? -1 : 0;
  let width = Math.max(min, t.width + sx * local.x);
  let height = Math.max(min, t.height + sy * local.y);
  if (options.keepAspect && sx !== 0 && sy !== 0) {
    const scale = Math.max(width / t.width, height / t.height);
    width = Math.max(min, t.width * scale);
    height = Math.max(min, t.height * scale);
  }
  // The anchor is the point opposite the handle, in the item's local frame
  // relative to its centre; keep its screen position fixed.
  const centre = centreOf(t);
  const anchorLocal = { x: (-sx * t.width) / 2, y: (-sy * t.height) / 2 };
  const anchor = rotateAbout(
    { x: centre.x + anchorLocal.x, y: centre.y + anchorLocal.y },
    centre,
    t.rotation,
  );
  const newAnchorOffset = rotateAbout(
    { x: (-sx * width) / 2, y: (-sy * height) / 2 },
    { x: 0, y: 0 },
    t.rotation,
  );
  const newCentre = { x: anchor.x - newAnchorOffset.x, y: anchor.y - newAnchorOffset.y };
  return { ...t, width, height, x: newCentre.x - width / 2, y: newCentre.y - height / 2 };
}
