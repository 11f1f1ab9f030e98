import { describe, expect, it } from 'vitest';
import { containRect, containsPoint, hitTest, resizeFromHandle } from '../../../../src/shared/scenes/layout';
import { noCrop, type SceneItem, type Transform } from '../../../../src/shared/scenes/model';

const box: Transform = { x: 100, y: 100, width: 200, height: 100, rotation: 0 };
const item = (id: string, transform: Transform, visible = true): SceneItem => ({
  id,
  sourceId: id,
  transform,
  crop: noCrop,
  opacity: 1,
  visible,
});

describe('layout', () => {
  it('fits a 16:9 source inside a square, centred', () => {
    expect(containRect({ width: 1920, height: 1080 }, { x: 0, y: 0, width: 100, height: 100 })).toEqual({
      x: 0,
      y: 21.875,
      width: 100,
      height: 56.25,
    });
  });

  it('hit-tests rotated items', () => {
    const rotated = { ...box, rotation: 90 }; // now 100 wide, 200 tall about (200, 150)
    expect(containsPoint(rotated, { x: 200, y: 60 })).toBe(true);
    expect(containsPoint(rotated, { x: 120, y: 150 })).toBe(false);
    expect(containsPoint(box, { x: 120, y: 150 })).toBe(true);
  });

  it('finds the topmost visible item', () => {
    const items = [item('bottom', box), item('top', box), item('hidden', box, false)];
    expect(hitTest(items, { x: 150, y: 150 })?.id).toBe('top');
    expect(hitTest(items, { x: 10, y: 10 })).toBeUndefined();
  });

  it('resizes from the south-east corner keeping the north-west corner', () => {
    expect(resizeFromHandle(box, 'se', { x: 50, y: 20 })).toEqual({ ...box, width: 250, height: 120 });
  });

  it('resizes from the west edge keeping the east edge', () => {
    const t = resizeFromHandle(box, 'w', { x: 40, y: 999 });
    expect(t.x + t.width).toBeCloseTo(300);
    expect(t.width).toBeCloseTo(160);
    expect(t.height).toBeCloseTo(100);
  });

  it('keeps the aspect ratio from a corner when asked', () => {
    const t = resizeFromHandle(box, 'se', { x: 100, y: 0 }, { keepAspect: true });
    expect(t.width / t.height).toBeCloseTo(2);
    expect(t.width).toBeCloseTo(300);
  });

  it('reads the drag in the rotated frame of the item', () => {
    const rotated = { ...box, rotation: 90 };
    // Dragging the east handle of an item turned 90° means dragging down on screen.
    const t = resizeFromHandle(rotated, 'e', { x: 0, y: 50 });
    expect(t.width).toBeCloseTo(250);
    expect(t.height).toBeCloseTo(100);
  });

  it('never shrinks below the minimum size', () => {
    const t = resizeFromHandle(box, 'se', { x: -1000, y: -1000 });
    expect(t.width).toBe(16);
    expect(t.height).toBe(16);
  });
});
