import { z } from 'zod';
import type { Product } from '../catalog/product';
import { marketById, marketIds } from '../markets/markets';

/**
 * What the studio and the viewer page say to each other over LiveKit data, one
 * topic per kind. Comments use LiveKit's own chat convention (text streams on
 * `lk.chat`) so any LiveKit chat client can take part. Every message is parsed
 * with these schemas on arrival: a peer's data is untrusted input.
 */
export const showTopics = {
  product: 'crosslive.product',
  poll: 'crosslive.poll',
  vote: 'crosslive.vote',
  reply: 'crosslive.reply',
  /** A viewer page that just joined asks for the current product and poll. */
  hello: 'crosslive.hello',
  /** Each viewer page tells the studio what picture it gets (viewerReception.ts). */
  reception: 'crosslive.reception',
  /** A viewer clicked the buy link of the product on screen (counted in the show's figures). */
  buy: 'crosslive.buy',
  chat: 'lk.chat',
} as const;

/** The participant attribute a viewer sets to say which market (and so language and currency) it is in. */
export const marketAttribute = 'crosslive.market';

const text = (max: number) => z.string().max(max);

/** One market's offer of the featured product, as a viewer there sees it. */
export const productOfferSchema = z.object({
  market: z.enum(marketIds),
  locale: text(35),
  price: z.number().finite().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  shippingDaysMin: z.number().int().min(0).max(180),
  shippingDaysMax: z.number().int().min(0).max(180),
  returnDays: z.number().int().min(0).max(365),
  warrantyMonths: z.number().int().min(0).max(240),
  certifications: z.array(text(24)).max(6),
  /** http(s) only: the viewer page makes it a link. */
  productUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2048)]),
});
export type ProductOffer = z.infer<typeof productOfferSchema>;

export const featuredProductSchema = z.object({
  id: text(64),
  name: text(120),
  description: text(2000),
  offers: z.array(productOfferSchema).max(32),
});
export type FeaturedProduct = z.infer<typeof featuredProductSchema>;

export const productMessageSchema = z.object({ product: featuredProductSchema.nullable() });
export type ProductMessage = z.infer<typeof productMessageSchema>;

export const pollSchema = z.object({
  id: text(64).min(1),
  question: text(200),
  options: z.array(text(80)).min(2).max(6),
  votes: z.array(z.number().int().nonnegative()),
  open: z.boolean(),
});
export type Poll = z.infer<typeof pollSchema>;

export const pollMessageSchema = z.object({ poll: pollSchema.nullable() });
export const voteMessageSchema = z.object({ pollId: text(64), option: z.number().int().min(0).max(5) });
export type VoteMessage = z.infer<typeof voteMessageSchema>;

/** The viewer's market is sent with the click: the page may have switched since it joined. */
export const buyClickMessageSchema = z.object({ productId: text(128).min(1), market: z.enum(marketIds) });
export type BuyClickMessage = z.infer<typeof buyClickMessageSchema>;

/** The host's answer, already in the viewer's language, with the question it answers. */
export const replyMessageSchema = z.object({
  question: text(2000),
  text: text(2000),
  language: text(35),
});
export type ReplyMessage = z.infer<typeof replyMessageSchema>;

/** What the viewer page shows of a product: every market's offer, so each viewer picks its own. */
export function featuredProductOf(product: Product): FeaturedProduct {
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    offers: product.variants.map((v) => ({
      market: v.market,
      locale: marketById(v.market).locale,
      price: v.price,
      currency: v.currency,
      shippingDaysMin: v.shippingDaysMin,
      shippingDaysMax: v.shippingDaysMax,
      returnDays: v.returnDays,
      warrantyMonths: v.warrantyMonths,
      certifications: v.certifications,
      productUrl: v.productUrl,
    })),
  };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeShowData(message: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(message));
}

/** The message, or undefined when the bytes are not valid JSON of the schema's shape. */
export function decodeShowData<T>(schema: z.ZodType<T>, bytes: Uint8Array): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(decoder.decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
