import type { MarketId } from '../markets/markets';
import {
  noCrop,
  type Microphone,
  type PortraitPlacement,
  type Scene,
  type SceneCollection,
  type SceneItem,
  type Source,
  type Transform,
} from './model';

/**
 * Edits of the scene collection as pure functions: each returns a new
 * collection and leaves the old one untouched, so undo is keeping the old one.
 */

export function createCollection(
  firstScene: { id: string; name: string },
  market: MarketId,
): SceneCollection {
  return {
    sources: [],
    microphones: [],
    scenes: [{ ...firstScene, items: [] }],
    programSceneId: firstScene.id,
    previewSceneId: firstScene.id,
    market,
  };
}

function mapScene(c: SceneCollection, sceneId: string, change: (scene: Scene) => Scene): SceneCollection {
  return { ...c, scenes: c.scenes.map((s) => (s.id === sceneId ? change(s) : s)) };
}

export function addScene(c: SceneCollection, scene: { id: string; name: string }): SceneCollection {
  return { ...c, scenes: [...c.scenes, { ...scene, items: [] }], previewSceneId: scene.id };
}

export function renameScene(c: SceneCollection, sceneId: string, name: string): SceneCollection {
  return mapScene(c, sceneId, (s) => ({ ...s, name }));
}

/** Removes a scene (never the last) and any source no other scene uses. */
export function removeScene(c: SceneCollection, sceneId: string): SceneCollection {
  if (c.scenes.length <= 1) return c;
  const scenes = c.scenes.filter((s) => s.id !== sceneId);
  const fallback = scenes[0]?.id ?? c.programSceneId;
  return dropUnusedSources({
    ...c,
    scenes,
    programSceneId: c.programSceneId === sceneId ? fallback : c.programSceneId,
    previewSceneId: c.previewSceneId === sceneId ? fallback : c.previewSceneId,
  });
}

/** Adds `source` (or reuses it when already known) as a new item on top of the scene. */
export function addItem(
  c: SceneCollection,
  sceneId: string,
  source: Source,
  item: { id: string; transform: Transform },
): SceneCollection {
  const known = c.sources.some((s) => s.id === source.id);
  const sceneItem: SceneItem = {
    id: item.id,
    sourceId: source.id,
    transform: item.transform,
    crop: noCrop,
    opacity: 1,
    visible: true,
  };
  return mapScene(known ? c : { ...c, sources: [...c.sources, source] }, sceneId, (s) => ({
    ...s,
    items: [...s.items, sceneItem],
  }));
}

export type ItemChange = Partial<Pick<SceneItem, 'transform' | 'crop' | 'opacity' | 'visible'>>;

export function updateItem(
  c: SceneCollection,
  sceneId: string,
  itemId: string,
  change: ItemChange,
): SceneCollection {
  return mapScene(c, sceneId, (s) => ({
    ...s,
    items: s.items.map((i) => (i.id === itemId ? { ...i, ...change } : i)),
  }));
}

/** Moves an item one step up (drawn later) or down, or to the top or bottom. */
export function reorderItem(
  c: SceneCollection,
  sceneId: string,
  itemId: string,
  to: 'up' | 'down' | 'top' | 'bottom',
): SceneCollection {
  return mapScene(c, sceneId, (s) => {
    const index = s.items.findIndex((i) => i.id === itemId);
    if (index < 0) return s;
    const items = [...s.items];
    const [item] = items.splice(index, 1);
    if (!item) return s;
    const target = { up: index + 1, down: index - 1, top: items.length, bottom: 0 }[to];
    items.splice(Math.max(0, Math.min(items.length, target)), 0, item);
    return { ...s, items };
  });
}

export function removeItem(c: SceneCollection, sceneId: string, itemId: string): SceneCollection {
  return dropUnusedSources(
    mapScene(c, sceneId, (s) => ({
      ...s,
      items: s.items.filter((i) => i.id !== itemId),
      ...(s.portrait && { portrait: s.portrait.filter((p) => p.itemId !== itemId) }),
    })),
  );
}

/** Places an item on the scene's portrait canvas, leaving its landscape place alone. */
export function placeInPortrait(
  c: SceneCollection,
  sceneId: string,
  placement: PortraitPlacement,
): SceneCollection {
  return mapScene(c, sceneId, (s) =>
    s.items.some((i) => i.id === placement.itemId)
      ? { ...s, portrait: [...(s.portrait ?? []).filter((p) => p.itemId !== placement.itemId), placement] }
      : s,
  );
}

/** Back to the default phone layout for the whole scene. */
export function resetPortrait(c: SceneCollection, sceneId: string): SceneCollection {
  return mapScene(c, sceneId, ({ portrait: _dropped, ...s }) => s);
}

export function updateSource(c: SceneCollection, source: Source): SceneCollection {
  return { ...c, sources: c.sources.map((s) => (s.id === source.id ? source : s)) };
}

export function setPreviewScene(c: SceneCollection, sceneId: string): SceneCollection {
  return c.scenes.some((s) => s.id === sceneId) ? { ...c, previewSceneId: sceneId } : c;
}

export function setProgramScene(c: SceneCollection, sceneId: string): SceneCollection {
  return c.scenes.some((s) => s.id === sceneId) ? { ...c, programSceneId: sceneId } : c;
}

export function setMarket(c: SceneCollection, market: MarketId): SceneCollection {
  return { ...c, market };
}

function dropUnusedSources(c: SceneCollection): SceneCollection {
  const used = new Set(c.scenes.flatMap((s) => s.items.map((i) => i.sourceId)));
  return { ...c, sources: c.sources.filter((s) => used.has(s.id)) };
}

export function addMicrophone(c: SceneCollection, microphone: Microphone): SceneCollection {
  return { ...c, microphones: [...c.microphones, microphone] };
}

export function updateMicrophone(
  c: SceneCollection,
  id: string,
  change: Partial<Omit<Microphone, 'id'>>,
): SceneCollection {
  return { ...c, microphones: c.microphones.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

export function removeMicrophone(c: SceneCollection, id: string): SceneCollection {
  return { ...c, microphones: c.microphones.filter((m) => m.id !== id) };
}
