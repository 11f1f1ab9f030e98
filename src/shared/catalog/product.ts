import { z } from 'zod';
import { marketIds } from '../markets/markets';
import { mediaIdSchema } from '../media/mediaAsset';

const currencies = new Set(Intl.supportedValuesOf('currency'));

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => value === '' || /^https?:\/\/[^\s/]+/i.test(value), {
    message: 'must be an http(s) URL',
  });

/** What a product costs and promises in one market. Prices are in major units (19.99). */
export const productVariantSchema = z
  .object({
    market: z.enum(marketIds),
    price: z.number().finite().nonnegative().max(1_000_000_000),
    currency: z.string().refine((c) => currencies.has(c), { message: 'unknown currency' }),
    shippingDaysMin: z.number().int().min(0).max(180),
    shippingDaysMax: z.number().int().min(0).max(180),
    returnDays: z.number().int().min(0).max(365),
    warrantyMonths: z.number().int().min(0).max(240),
    /** Trust badges shown on the card: CE, FCC, FDA, Halal, ... */
    certifications: z.array(z.string().trim().min(1).max(24)).max(6),
    productUrl: httpUrl,
  })
  .refine((v) => v.shippingDaysMax >= v.shippingDaysMin, { message: 'shipping range is reversed' });
export type ProductVariant = z.infer<typeof productVariantSchema>;

export const productSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000),
    /** Photos from the media library; the first one is shown on the product card. */
    imageIds: z.array(mediaIdSchema).max(8).default([]),
    variants: z.array(productVariantSchema).max(32),
  })
  .refine((p) => new Set(p.variants.map((v) => v.market)).size === p.variants.length, {
    message: 'one variant per market',
  });
export type Product = z.infer<typeof productSchema>;
