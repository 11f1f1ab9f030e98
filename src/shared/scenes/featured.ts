import type { SceneCollection } from './model';

/**
 * The product the program is showing: the top-most visible product card of the
 * program scene. Viewer pages show it with its buy link.
 */
export function featuredProductId(collection: SceneCollection): string | null {
  const scene = collection.scenes.find((s) => s.id === collection.programSceneId);
  const cards = new Map(
    collection.sources.flatMap((s) => (s.kind === 'productCard' ? [[s.id, s.settings.productId]] : [])),
  );
  const items = scene?.items ?? [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    const productId = item?.visible ? cards.get(item.sourceId) : undefined;
    if (productId) return productId;
  }
  return null;
}
