import { useMemo } from 'react';
import { placeInPortrait, resetPortrait } from '../../../shared/scenes/edits';
import { arrangeForCanvas, portraitBase } from '../../../shared/scenes/canvasArrangement';
import type { SceneCollection, SceneItem, Transform } from '../../../shared/scenes/model';
import { useScenes, useStudio } from '../studio/StudioContext';

/**
 * The preview scene's portrait arrangement for the preview editor: its items as phones show
 * them, moves stored as the scene's portrait placements (one undo step per drag, as in
 * landscape), and a way back to the default phone layout.
 */
export function usePortraitArrangement() {
  const { editor, compositor } = useStudio();
  const { collection } = useScenes();
  const scene = collection.scenes.find((s) => s.id === collection.previewSceneId);
  const { width, height } = compositor.size;
  const items = useMemo(
    () =>
      scene
        ? arrangeForCanvas(scene.items, collection.sources, { width, height }, portraitBase, scene.portrait)
        : [],
    [scene, collection.sources, width, height],
  );
  return {
    size: portraitBase,
    placedByHand: (scene?.portrait?.length ?? 0) > 0,
    reset: () => scene && editor.commit((c) => resetPortrait(c, scene.id)),
    arrangement: {
      items,
      place: (c: SceneCollection, sceneId: string, item: SceneItem, transform: Transform) =>
        placeInPortrait(c, sceneId, { itemId: item.id, transform, crop: item.crop }),
    },
  };
}
