import { setMarket, setPreviewScene, setProgramScene, updateSource } from '../scenes/edits';
import type { SceneCollection } from '../scenes/model';
import type { Session } from './session';

/**
 * The studio made ready for a session: the first target market's prices and
 * language on every overlay, the session's first scene on program and its
 * second in preview, and the product cards showing its products in running
 * order. Scenes or products deleted since the session was planned are passed over.
 */
export function applySession(
  collection: SceneCollection,
  session: Session,
  existingProductIds: ReadonlySet<string>,
): SceneCollection {
  const [market] = session.markets;
  let next = market ? setMarket(collection, market) : collection;
  const scenes = session.sceneIds.filter((id) => next.scenes.some((s) => s.id === id));
  if (scenes[0]) next = setProgramScene(next, scenes[0]);
  if (scenes[1]) next = setPreviewScene(next, scenes[1]);
  const products = session.productIds.filter((id) => existingProductIds.has(id));
  if (products.length > 0) {
    const cards = next.sources.filter((source) => source.kind === 'productCard');
    cards.forEach((card, index) => {
      next = updateSource(next, {
        ...card,
        settings: { productId: products[index % products.length] ?? null },
      });
    });
  }
  return next;
}
