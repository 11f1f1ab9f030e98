import type { Product } from '../../../shared/catalog/product';
import { call } from '../../ipc/studio';

/** The product catalog as main keeps it; follows `catalog:onChanged`. */
export class CatalogStore {
  private products: Product[];
  private readonly listeners = new Set<() => void>();

  constructor(initial: Product[]) {
    this.products = initial;
  }

  follow(): () => void {
    return window.studio.on('catalog:onChanged', (products) => this.replace(products));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Product[] => this.products;

  async save(product: Product): Promise<void> {
    this.replace(await call('catalog:saveProduct', product));
  }

  async remove(id: string): Promise<void> {
    this.replace(await call('catalog:deleteProduct', { id }));
  }

  private replace(products: Product[]): void {
    this.products = products;
    for (const listener of this.listeners) listener();
  }
}
