import { describe, expect, it } from 'vitest';
import { arrangeForCanvas } from '../../../../src/shared/scenes/canvasArrangement';
import { addItem, createCollection } from '../../../../src/shared/scenes/edits';
import { defaultTransform } from '../../../../src/shared/scenes/layout';
import type { SceneItem, Source } from '../../../../src/shared/scenes/model';

const landscape = { width: 1920, height: 1080 };
const portrait = { width: 1080, height: 1920 };
const sources: Source[] = [
  {
    id: 'cam',
    name: 'Camera',
    kind: 'camera',
    settings: { deviceId: '', width: 1920, height: 1080, fps: 30 },
  },
  { id: 'card', name: 'Card', kind: 'productCard', settings: { productId: null } },
  { id: 'lt', name: 'Host', kind: 'lowerThird', settings: { title: 'Mei', subtitle: 'Hangzhou' } },
  { id: 'logo', name: 'Logo', kind: 'image', settings: { mediaId: null } },
] as Source[];

function items(): SceneItem[] {
  let c = createCollection({ id: 's', name: 'Host' }, 'us-east');
  for (const source of sources)
    c = addItem(c, 's', source, {
      id: `item-${source.id}`,
      transform: defaultTransform(source.kind, landscape),
    });
  return c.scenes[0]?.items ?? [];
}

const byId = (list: SceneItem[], id: string): SceneItem => {
  const item = list.find((i) => i.id === id);
  if (!item) throw new Error(`no ${id}`);
  return item;
};

describe('a scene arranged for another canvas', () => {
  it('scales every item to a smaller landscape canvas', () => {
    const original = items();
    const small = arrangeForCanvas(original, sources, landscape, { width: 1280, height: 720 });
    for (const [i, item] of small.entries()) {
      const was = original[i]?.transform;
      expect(item.transform.width).toBeCloseTo((was?.width ?? 0) * (2 / 3));
      expect(item.transform.x).toBeCloseTo((was?.x ?? 0) * (2 / 3));
    }
  });

  it('on a phone: the camera fills the screen, cropped at its sides, the card runs across the bottom', () => {
    const phone = arrangeForCanvas(items(), sources, landscape, portrait);
    const camera = byId(phone, 'item-cam');
    expect(camera.transform).toMatchObject({ x: 0, y: 0, width: 1080, height: 1920 });
    // What is left of the 16:9 picture is 9:16, centred.
    const visible = 1 - camera.crop.left - camera.crop.right;
    expect(camera.crop.left).toBeCloseTo(camera.crop.right);
    expect((1920 / 1080) * visible).toBeCloseTo(1080 / 1920);

    const card = byId(phone, 'item-card').transform;
    expect(card.width).toBeCloseTo(1080 * 0.92);
    expect(card.y + card.height).toBeCloseTo(1920 * 0.96);
    const lowerThird = byId(phone, 'item-lt').transform;
    expect(lowerThird.y + lowerThird.height).toBeLessThan(card.y);

    // Anything else stays on the canvas.
    const logo = byId(phone, 'item-logo').transform;
    expect(logo.x).toBeGreaterThanOrEqual(0);
    expect(logo.x + logo.width).toBeLessThanOrEqual(1080);
    expect(logo.y + logo.height).toBeLessThanOrEqual(1920);
  });

  it("puts the items the host placed on the phone's canvas where they were placed, scaled to the destination", () => {
    const placed = { x: 40, y: 80, width: 1000, height: 600, rotation: 0 };
    const phone = arrangeForCanvas(items(), sources, landscape, { width: 720, height: 1280 }, [
      { itemId: 'item-card', transform: placed, crop: { top: 0, right: 0, bottom: 0, left: 0 } },
    ]);
    expect(byId(phone, 'item-card').transform).toEqual({
      x: 40 * (2 / 3),
      y: 80 * (2 / 3),
      width: 1000 * (2 / 3),
      height: 400,
      rotation: 0,
    });
    // The others keep the default phone layout.
    expect(byId(phone, 'item-cam').transform).toMatchObject({ x: 0, y: 0, width: 720, height: 1280 });
  });

  it('leaves the scene it was given alone', () => {
    const original = items();
    const copy = structuredClone(original);
    arrangeForCanvas(original, sources, landscape, portrait);
    expect(original).toEqual(copy);
  });
});
