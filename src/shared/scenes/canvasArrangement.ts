import type { Size } from './layout';
import type { Crop, PortraitPlacement, SceneItem, Source, SourceKind } from './model';

export type { Size };

const pictureKinds: ReadonlySet<SourceKind> = new Set(['camera', 'screen', 'video', 'networkFeed', 'cohost']);
/** Overlays that sit along the bottom of a phone's screen, stacked above the product card. */
const bottomKinds: ReadonlySet<SourceKind> = new Set(['lowerThird', 'question', 'poll']);

/** The portrait canvas the host places items on; other portrait sizes scale from it. */
export const portraitBase: Size = { width: 1080, height: 1920 };

/** Margin around overlays on a portrait canvas, as a share of its width. */
const margin = 0.04;

/**
 * A scene's items placed for another canvas. Landscape to landscape scales them all; to a
 * portrait canvas (TikTok, Instagram, Shopee's phones) it makes the default phone layout:
 * the main picture fills the screen, cropped at its sides; the product card runs across the
 * bottom, with lower thirds, the question and the poll above it; the rest shrink in place.
 */
export function arrangeForCanvas(
  items: readonly SceneItem[],
  sources: readonly Source[],
  from: Size,
  to: Size,
  /** The scene's portrait arrangement: items the host placed by hand on a phone's canvas. */
  placements: readonly PortraitPlacement[] = [],
): SceneItem[] {
  const scale = to.width / from.width;
  if (to.height <= to.width) return items.map((item) => scaled(item, scale, scale));
  const phone = defaultPhoneLayout(items, sources, from, to);
  if (placements.length === 0) return phone;
  const placed = new Map(placements.map((p) => [p.itemId, p]));
  const fromBase = to.width / portraitBase.width;
  return phone.map((item) => {
    const placement = placed.get(item.id);
    return placement ? scaled({ ...item, ...placement }, fromBase, fromBase) : item;
  });
}

function defaultPhoneLayout(
  items: readonly SceneItem[],
  sources: readonly Source[],
  from: Size,
  to: Size,
): SceneItem[] {
  const scale = to.width / from.width;
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const main = largestPicture(items, kindOf);
  const overlayWidth = to.width * (1 - 2 * margin);
  let bottom = to.height * (1 - margin);
  // Bottom first: the card nearest the edge, then each lower overlay above the last.
  const placed = new Map<string, SceneItem>();
  const stack = (item: SceneItem): void => {
    const { width, height } = item.transform;
    const h = (overlayWidth * height) / width;
    bottom -= h;
    placed.set(item.id, {
      ...item,
      transform: { ...item.transform, x: to.width * margin, y: bottom, width: overlayWidth, height: h },
    });
    bottom -= to.width * margin * 0.5;
  };
  for (const item of items) if (kindOf.get(item.sourceId) === 'productCard') stack(item);
  for (const item of items) if (bottomKinds.has(kindOf.get(item.sourceId) ?? 'image')) stack(item);
  return items.map((item) => {
    const stacked = placed.get(item.id);
    if (stacked) return stacked;
    if (item === main) return filling(item, to);
    // Anything else keeps its place relative to the canvas, at the portrait width's scale.
    const x = (item.transform.x / from.width) * to.width;
    const y = (item.transform.y / from.height) * to.height;
    return clampInside(
      scaled({ ...item, transform: { ...item.transform, x: x / scale, y: y / scale } }, scale, scale),
      to,
    );
  });
}

function largestPicture(items: readonly SceneItem[], kindOf: Map<string, SourceKind>): SceneItem | undefined {
  let best: SceneItem | undefined;
  for (const item of items) {
    if (!item.visible || !pictureKinds.has(kindOf.get(item.sourceId) ?? 'image')) continue;
    const area = item.transform.width * item.transform.height;
    if (!best || area > best.transform.width * best.transform.height) best = item;
  }
  return best;
}

/** The item over the whole canvas, cropped at its sides to the canvas's shape (as a phone shows it). */
function filling(item: SceneItem, to: Size): SceneItem {
  const { crop, transform } = item;
  const sourceAspect =
    (transform.width / transform.height) * ((1 - crop.left - crop.right) / (1 - crop.top - crop.bottom));
  const canvasAspect = to.width / to.height;
  const visible = 1 - crop.left - crop.right;
  const cut = sourceAspect > canvasAspect ? visible * (1 - canvasAspect / sourceAspect) : 0;
  const newCrop: Crop = { ...crop, left: crop.left + cut / 2, right: crop.right + cut / 2 };
  return {
    ...item,
    crop: newCrop,
    transform: { ...transform, x: 0, y: 0, width: to.width, height: to.height, rotation: 0 },
  };
}

function scaled(item: SceneItem, sx: number, sy: number): SceneItem {
  const t = item.transform;
  return {
    ...item,
    transform: { ...t, x: t.x * sx, y: t.y * sy, width: t.width * sx, height: t.height * sy },
  };
}

function clampInside(item: SceneItem, to: Size): SceneItem {
  const t = item.transform;
  const x = Math.min(Math.max(0, t.x), Math.max(0, to.width - t.width));
  const y = Math.min(Math.max(0, t.y), Math.max(0, to.height - t.height));
  return { ...item, transform: { ...t, x, y } };
}
