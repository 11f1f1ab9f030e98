import type { Statement } from 'better-sqlite3';
import type { Product, ProductVariant } from '../../../shared/catalog/product';
import type { MarketId } from '../../../shared/markets/markets';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';

interface VariantRow {
  product_id: string;
  market: MarketId;
  price: number;
  currency: string;
  shipping_days_min: number;
  shipping_days_max: number;
  return_days: number;
  warranty_months: number;
  certifications: string;
  product_url: string;
}

/** Products and their per-market variants. */
export class CatalogService {
  private readonly selectProducts: Statement<
    [],
    { id: string; name: string; description: string; image_ids: string }
  >;
  private readonly selectVariants: Statement<[], VariantRow>;
  private readonly upsertProduct: Statement<[string, string, string, string]>;
  private readonly deleteVariants: Statement<[string]>;
  private readonly insertVariant: Statement<unknown[]>;
  private readonly deleteProduct: Statement<[string]>;

  constructor(
    private readonly db: StudioDatabase,
    private readonly events: EventHub,
    private readonly logger: Logger,
  ) {
    this.selectProducts = db.prepare(
      'SELECT id, name, description, image_ids FROM products ORDER BY name COLLATE NOCASE',
    );
    this.selectVariants = db.prepare('SELECT * FROM product_variants ORDER BY market');
    this.upsertProduct = db.prepare(
      `INSERT INTO products (id, name, description, image_ids) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
         image_ids = excluded.image_ids,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    );
    this.deleteVariants = db.prepare('DELETE FROM product_variants WHERE product_id = ?');
    this.insertVariant = db.prepare(
      `INSERT INTO product_variants (product_id, market, price, currency, shipping_days_min,
         shipping_days_max, return_days, warranty_months, certifications, product_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.deleteProduct = db.prepare('DELETE FROM products WHERE id = ?');
  }

  list(): Product[] {
    const variants = new Map<string, ProductVariant[]>();
    for (const row of this.selectVariants.all()) {
      const list = variants.get(row.product_id) ?? [];
      list.push({
        market: row.market,
        price: row.price,
        currency: row.currency,
        shippingDaysMin: row.shipping_days_min,
        shippingDaysMax: row.shipping_days_max,
        returnDays: row.return_days,
        warrantyMonths: row.warranty_months,
        certifications: JSON.parse(row.certifications) as string[],
        productUrl: row.product_url,
      });
      variants.set(row.product_id, list);
    }
    return this.selectProducts.all().map(({ image_ids, ...p }) => ({
      ...p,
      imageIds: JSON.parse(image_ids) as string[],
      variants: variants.get(p.id) ?? [],
    }));
  }

  /** Creates or replaces a product and all its variants in one transaction. */
  save(product: Product): Product[] {
    this.db.transaction(() => {
      this.upsertProduct.run(product.id, product.name, product.description, JSON.stringify(product.imageIds));
      this.deleteVariants.run(product.id);
      for (const v of product.variants) {
        this.insertVariant.run(
          product.id,
          v.market,
          v.price,
          v.currency,
          v.shippingDaysMin,
          v.shippingDaysMax,
          v.returnDays,
          v.warrantyMonths,
          JSON.stringify(v.certifications),
          v.productUrl,
        );
      }
    })();
    this.logger.info('product saved', { id: product.id, variants: product.variants.length });
    return this.changed();
  }

  remove(id: string): Product[] {
    this.deleteProduct.run(id);
    this.logger.info('product removed', { id });
    return this.changed();
  }

  private changed(): Product[] {
    const products = this.list();
    this.events.emit('catalog:onChanged', products);
    return products;
  }
}
