import type { Product, ProductVariant } from '../../../shared/catalog/product';
import type { Market } from '../../../shared/markets/markets';
import { containRect } from '../../../shared/scenes/layout';
import { drawTextBlock, isRtl, roundRect, setFont, type Canvas2D } from './canvasText';
import { overlayText } from './overlayText';
import { drawQrCode } from './qr';

export interface ProductCardInput {
  product: Product;
  variant: ProductVariant;
  market: Market;
  /** The product's first photo, when it has one and it has loaded. */
  image?: ImageBitmap;
}

/**
 * Draws the product card for one market into a `width` x `height` canvas: name,
 * price in the market's currency and locale, delivery, returns and warranty in
 * the market's language (numbers and units through Intl), trust badges and a QR
 * code to the market's buy link. Returns the texts drawn, for the program's
 * accessible description.
 */
export function drawProductCard(
  ctx: Canvas2D,
  width: number,
  height: number,
  input: ProductCardInput,
): string[] {
  const { product, variant, market } = input;
  const language = market.language;
  const rtl = isRtl(language);
  const pad = Math.round(width * 0.07);
  const inner = { left: pad, right: width - pad };
  const maxWidth = width - pad * 2;
  const drawn: string[] = [];

  ctx.clearRect(0, 0, width, height);
  roundRect(ctx, 0, 0, width, height, Math.round(width * 0.05));
  ctx.fillStyle = 'rgba(255, 255, 255, 0.96)';
  ctx.fill();

  let y = pad;
  if (input.image) {
    const box = containRect(input.image, { x: pad, y, width: maxWidth, height: Math.round(height * 0.28) });
    ctx.drawImage(input.image, box.x, box.y, box.width, box.height);
    y += Math.round(height * 0.28) + pad * 0.4;
  }
  // One text block: fitted to the card's width between two font sizes (fractions
  // of the card's height), drawn from `top`, and noted for the description.
  const block = (
    text: string,
    top: number,
    style: { maxLines: number; max: number; min: number; weight: number; color: string },
  ): number => {
    const result = drawTextBlock(
      ctx,
      text,
      { ...inner, top },
      {
        language,
        locale: market.locale,
        maxLines: style.maxLines,
        maxFontSize: Math.round(height * style.max),
        minFontSize: Math.round(height * style.min),
        weight: style.weight,
        color: style.color,
      },
    );
    drawn.push(result.drawn);
    return result.bottom;
  };

  y = block(product.name, y, { maxLines: 2, max: 0.062, min: 0.034, weight: 700, color: '#14161c' });
  const price = new Intl.NumberFormat(market.locale, { style: 'currency', currency: variant.currency });
  y = block(price.format(variant.price), y + pad * 0.3, {
    maxLines: 1,
    max: 0.1,
    min: 0.05,
    weight: 800,
    color: '#d92d20',
  });

  const days = new Intl.NumberFormat(market.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const months = new Intl.NumberFormat(market.locale, { style: 'unit', unit: 'month', unitDisplay: 'long' });
  const facts = [
    `${overlayText(language, 'delivery')}: ${
      variant.shippingDaysMin === variant.shippingDaysMax
        ? days.format(variant.shippingDaysMin)
        : days.formatRange(variant.shippingDaysMin, variant.shippingDaysMax)
    }`,
    variant.returnDays > 0 && `${overlayText(language, 'returns')}: ${days.format(variant.returnDays)}`,
    variant.warrantyMonths > 0 &&
      `${overlayText(language, 'warranty')}: ${months.format(variant.warrantyMonths)}`,
  ].filter((fact): fact is string => typeof fact === 'string');
  y += pad * 0.3;
  for (const fact of facts) {
    y = block(fact, y, { maxLines: 1, max: 0.04, min: 0.026, weight: 500, color: '#2b2f3a' });
  }

  y = drawBadges(ctx, variant.certifications, { ...inner, top: y + pad * 0.4, height, language, rtl });
  drawn.push(...variant.certifications);

  if (variant.productUrl) {
    const caption = Math.round(height * 0.034);
    const size = Math.min(maxWidth * 0.62, height - y - pad - caption * 1.6);
    if (size > 60) {
      const qrY = height - pad - caption * 1.4 - size;
      drawQrCode(ctx, variant.productUrl, (width - size) / 2, qrY, size);
      const scan = overlayText(language, 'scanToBuy');
      setFont(ctx, caption, 600, language);
      ctx.fillStyle = '#14161c';
      ctx.textAlign = 'center';
      ctx.direction = rtl ? 'rtl' : 'ltr';
      ctx.fillText(scan, width / 2, qrY + size + caption * 0.3);
      drawn.push(scan);
    }
  }
  return drawn;
}

function drawBadges(
  ctx: Canvas2D,
  badges: readonly string[],
  box: {
    left: number;
    right: number;
    top: number;
    height: number;
    language: Market['language'];
    rtl: boolean;
  },
): number {
  if (badges.length === 0) return box.top;
  const size = Math.round(box.height * 0.03);
  const padX = size * 0.6;
  const chipHeight = size * 1.7;
  setFont(ctx, size, 700, box.language);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  let x = box.rtl ? box.right : box.left;
  let y = box.top;
  for (const badge of badges) {
    const w = ctx.measureText(badge).width + padX * 2;
    const fits = box.rtl ? x - w >= box.left : x + w <= box.right;
    if (!fits) {
      x = box.rtl ? box.right : box.left;
      y += chipHeight * 1.2;
    }
    const left = box.rtl ? x - w : x;
    roundRect(ctx, left, y, w, chipHeight, chipHeight / 2);
    ctx.fillStyle = '#e7f0ff';
    ctx.fill();
    ctx.fillStyle = '#0b4fd6';
    ctx.fillText(badge, left + w / 2, y + chipHeight / 2);
    x = box.rtl ? left - size * 0.5 : left + w + size * 0.5;
  }
  return y + chipHeight;
}
