import type { Product } from '../../../shared/catalog/product';
import type { SceneCollection } from '../../../shared/scenes/model';
import type { ShowEventSink } from './showEventSink';

/**
 * What is on the program, told to main each time it changes: the scene and the featured
 * product. Main keeps the latest between shows, so a show starts knowing what is on air, and
 * the report marks each change along its time axis.
 */
export class OnAirTimeline {
  private scene: string | undefined;
  private product: string | null | undefined;

  constructor(private readonly sink: ShowEventSink) {}

  update(collection: SceneCollection, product: Product | null): void {
    const scene = collection.scenes.find((s) => s.id === collection.programSceneId);
    const sceneKey = scene && `${scene.id}\u0000${scene.name}`;
    if (scene && sceneKey !== this.scene) {
      this.scene = sceneKey;
      this.sink.record({ kind: 'scene', sceneId: scene.id, name: scene.name.slice(0, 200) });
    }
    const productKey = product && `${product.id}\u0000${product.name}`;
    if (productKey !== this.product) {
      this.product = productKey;
      this.sink.record({
        kind: 'product',
        productId: product?.id ?? null,
        name: product?.name.slice(0, 200) ?? '',
      });
    }
  }
}
