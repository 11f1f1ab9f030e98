import { describe, expect, it } from 'vitest';
import {
  addItem,
  addScene,
  createCollection,
  placeInPortrait,
  removeItem,
  resetPortrait,
  removeScene,
  reorderItem,
  setProgramScene,
  updateItem,
} from '../../../../src/shared/scenes/edits';
import { History } from '../../../../src/shared/scenes/history';
import { defaultTransform } from '../../../../src/shared/scenes/layout';
import { sceneCollectionSchema, type Source } from '../../../../src/shared/scenes/model';

const output = { width: 1920, height: 1080 };
const camera: Source = {
  id: 'src-cam',
  name: 'Camera',
  kind: 'camera',
  settings: { deviceId: '', width: 1920, height: 1080, fps: 30 },
};
const card: Source = { id: 'src-card', name: 'Card', kind: 'productCard', settings: { productId: null } };

function sample() {
  let c = createCollection({ id: 'scene-a', name: 'Host' }, 'us-east');
  c = addItem(c, 'scene-a', camera, { id: 'item-cam', transform: defaultTransform('camera', output) });
  c = addItem(c, 'scene-a', card, { id: 'item-card', transform: defaultTransform('productCard', output) });
  return c;
}

describe('scene edits', () => {
  it('build a collection the schema accepts, items bottom to top', () => {
    const c = sample();
    expect(sceneCollectionSchema.safeParse(c).success).toBe(true);
    expect(c.scenes[0]?.items.map((i) => i.id)).toEqual(['item-cam', 'item-card']);
  });

  it('never change the collection they are given', () => {
    const before = sample();
    const frozen = JSON.stringify(before);
    updateItem(before, 'scene-a', 'item-cam', { opacity: 0.5 });
    reorderItem(before, 'scene-a', 'item-cam', 'top');
    removeItem(before, 'scene-a', 'item-card');
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('reorder items by one step or to either end, clamped', () => {
    const c = sample();
    const ids = (x: typeof c) => x.scenes[0]?.items.map((i) => i.id);
    expect(ids(reorderItem(c, 'scene-a', 'item-cam', 'up'))).toEqual(['item-card', 'item-cam']);
    expect(ids(reorderItem(c, 'scene-a', 'item-cam', 'down'))).toEqual(['item-cam', 'item-card']);
    expect(ids(reorderItem(c, 'scene-a', 'item-card', 'bottom'))).toEqual(['item-card', 'item-cam']);
  });

  it('share one source between scenes and drop it when the last item goes', () => {
    let c = addScene(sample(), { id: 'scene-b', name: 'Factory' });
    c = addItem(c, 'scene-b', camera, { id: 'item-cam-b', transform: defaultTransform('camera', output) });
    expect(c.sources.filter((s) => s.id === 'src-cam')).toHaveLength(1);
    c = removeItem(c, 'scene-a', 'item-cam');
    expect(c.sources.some((s) => s.id === 'src-cam')).toBe(true);
    c = removeItem(c, 'scene-b', 'item-cam-b');
    expect(c.sources.some((s) => s.id === 'src-cam')).toBe(false);
  });

  it('keep at least one scene and move program and preview off a removed one', () => {
    let c = addScene(sample(), { id: 'scene-b', name: 'Factory' });
    c = setProgramScene(c, 'scene-b');
    c = removeScene(c, 'scene-b');
    expect(c.programSceneId).toBe('scene-a');
    expect(c.previewSceneId).toBe('scene-a');
    expect(removeScene(c, 'scene-a')).toBe(c);
  });

  it('are rejected by the schema when an item names a missing source', () => {
    const c = sample();
    const broken = { ...c, sources: c.sources.filter((s) => s.id !== 'src-card') };
    expect(sceneCollectionSchema.safeParse(broken).success).toBe(false);
  });
});

describe('History', () => {
  it('undoes and redoes commits', () => {
    const h = new History(1);
    h.commit(2);
    h.commit(3);
    expect(h.undo()).toBe(2);
    expect(h.undo()).toBe(1);
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe(2);
    h.commit(5);
    expect(h.canRedo).toBe(false);
  });

  it('makes a whole drag one undo step', () => {
    const h = new History({ x: 0 });
    h.preview({ x: 10 });
    h.preview({ x: 20 });
    h.commit({ x: 30 });
    expect(h.current).toEqual({ x: 30 });
    expect(h.undo()).toEqual({ x: 0 });
    expect(h.canUndo).toBe(false);
  });

  it('cancels a gesture back to its start', () => {
    const h = new History('a');
    h.preview('b');
    h.cancel();
    expect(h.current).toBe('a');
    expect(h.canUndo).toBe(false);
  });

  it('keeps at most its limit of steps', () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) h.commit(i);
    h.undo();
    h.undo();
    h.undo();
    expect(h.canUndo).toBe(false);
    expect(h.current).toBe(7);
  });

  it('keep a portrait arrangement beside the landscape one, undone like any edit', () => {
    const history = new History(sample());
    const placement = {
      itemId: 'item-card',
      transform: { x: 40, y: 60, width: 1000, height: 500, rotation: 0 },
      crop: { top: 0, right: 0, bottom: 0, left: 0 },
    };
    const landscape = history.current.scenes[0]?.items.find((i) => i.id === 'item-card')?.transform;
    history.commit(placeInPortrait(history.current, 'scene-a', placement));
    expect(history.current.scenes[0]?.portrait).toEqual([placement]);
    expect(history.current.scenes[0]?.items.find((i) => i.id === 'item-card')?.transform).toEqual(landscape);
    expect(sceneCollectionSchema.safeParse(history.current).success).toBe(true);
    // Placing it again replaces the placement; an item not in the scene is not placed.
    const moved = { ...placement, transform: { ...placement.transform, y: 900 } };
    history.commit(placeInPortrait(history.current, 'scene-a', moved));
    expect(history.current.scenes[0]?.portrait).toEqual([moved]);
    expect(placeInPortrait(history.current, 'scene-a', { ...placement, itemId: 'nope' })).toEqual(
      history.current,
    );
    history.undo();
    expect(history.current.scenes[0]?.portrait).toEqual([placement]);
    expect(resetPortrait(history.current, 'scene-a').scenes[0]?.portrait).toBeUndefined();
    // Removing the item forgets where it sat on phones.
    expect(removeItem(history.current, 'scene-a', 'item-card').scenes[0]?.portrait).toEqual([]);
  });
});
