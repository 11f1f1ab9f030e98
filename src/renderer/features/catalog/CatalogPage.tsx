import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProducts, useStudio } from '../studio/StudioContext';
import { ProductEditor, emptyProduct } from './ProductEditor';

/** The product catalog: what the host sells, priced and promised per market. */
export function CatalogPage() {
  const { t } = useTranslation();
  const products = useProducts();
  const { catalog } = useStudio();
  // The id of the product being edited; a new one gets its id up front, so
  // saving it does not remount the editor.
  const [editing, setEditing] = useState<string>();
  const product = products.find((p) => p.id === editing);

  return (
    <main className="catalog">
      <section className="catalog__list" aria-labelledby="catalog-heading">
        <div className="panel__header">
          <h2 id="catalog-heading">{t('catalog.title')}</h2>
          <button type="button" onClick={() => setEditing(crypto.randomUUID())}>
            {t('catalog.add')}
          </button>
        </div>
        {products.length === 0 && <p className="empty">{t('catalog.empty')}</p>}
        <ul className="list">
          {products.map((p) => (
            <li key={p.id} className={`list__row${p.id === editing ? ' list__row--selected' : ''}`}>
              <button
                type="button"
                className="list__main"
                aria-pressed={p.id === editing}
                onClick={() => setEditing(p.id)}
              >
                <bdi>{p.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {editing && (
        <ProductEditor
          key={editing}
          initial={product ?? emptyProduct(editing)}
          isNew={!product}
          onDelete={
            product
              ? async () => {
                  await catalog.remove(product.id);
                  setEditing(undefined);
                }
              : undefined
          }
        />
      )}
    </main>
  );
}
