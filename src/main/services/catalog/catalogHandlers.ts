import type { DomainHandlers } from '../../ipc/router';
import type { CatalogService } from './catalogService';

export function catalogHandlers(catalog: CatalogService): DomainHandlers<'catalog'> {
  return {
    'catalog:listProducts': () => catalog.list(),
    'catalog:saveProduct': (product) => catalog.save(product),
    'catalog:deleteProduct': ({ id }) => catalog.remove(id),
  };
}
