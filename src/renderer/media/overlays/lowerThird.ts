import type { OverlayLanguage } from '../../../shared/markets/markets';
import { roundRect, drawTextBlock, type Canvas2D } from './canvasText';

/** A name bar: title (the host) over a subtitle (the shop, the offer). Returns the texts drawn. */
export function drawLowerThird(
  ctx: Canvas2D,
  width: number,
  height: number,
  text: { title: string; subtitle: string; language: OverlayLanguage; locale: string },
): string[] {
  ctx.clearRect(0, 0, width, height);
  if (!text.title && !text.subtitle) return [];
  const pad = Math.round(height * 0.14);
  roundRect(ctx, 0, 0, width, height, Math.round(height * 0.12));
  ctx.fillStyle = 'rgba(17, 19, 24, 0.88)';
  ctx.fill();
  ctx.fillStyle = '#e5484d';
  const rtl = text.language === 'ar';
  ctx.fillRect(rtl ? width - pad * 0.4 : 0, 0, pad * 0.4, height);
  const common = { language: text.language, locale: text.locale, maxLines: 1 };
  const box = { left: pad, right: width - pad };
  const title = drawTextBlock(
    ctx,
    text.title,
    { ...box, top: pad * 0.8 },
    {
      ...common,
      maxFontSize: Math.round(height * 0.36),
      minFontSize: Math.round(height * 0.2),
      weight: 700,
      color: '#ffffff',
    },
  );
  drawTextBlock(
    ctx,
    text.subtitle,
    { ...box, top: title.bottom },
    {
      ...common,
      maxFontSize: Math.round(height * 0.24),
      minFontSize: Math.round(height * 0.14),
      weight: 500,
      color: '#c9ceda',
    },
  );
  return [text.title, text.subtitle].filter(Boolean);
}
