import type { Product } from '../../src/shared/catalog/product';

/** A product sold in three markets (variants in the catalog's market order), for tests and benches. */
export const silkScarf: Product = {
  id: 'p-silk-scarf',
  name: 'Hand-woven mulberry silk scarf',
  description: 'Woven in Hangzhou.',
  imageIds: [],
  variants: [
    {
      market: 'br',
      price: 189.9,
      currency: 'BRL',
      shippingDaysMin: 7,
      shippingDaysMax: 12,
      returnDays: 30,
      warrantyMonths: 0,
      certifications: ['OEKO-TEX', 'SGS'],
      productUrl: 'https://shop.example/br/silk-scarf',
    },
    {
      market: 'sa',
      price: 149,
      currency: 'SAR',
      shippingDaysMin: 6,
      shippingDaysMax: 10,
      returnDays: 14,
      warrantyMonths: 12,
      certifications: ['SASO'],
      productUrl: 'https://shop.example/sa/silk-scarf',
    },
    {
      market: 'us-east',
      price: 39.5,
      currency: 'USD',
      shippingDaysMin: 5,
      shippingDaysMax: 9,
      returnDays: 30,
      warrantyMonths: 12,
      certifications: ['OEKO-TEX'],
      productUrl: 'https://shop.example/us/silk-scarf',
    },
  ],
};
