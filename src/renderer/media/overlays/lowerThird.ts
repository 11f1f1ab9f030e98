import type { OverlayLanguage } from '../../../shared/markets/markets';
import { drawLines, fitCanvasText, roundRect, type Canvas2D } from './canvasText';

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
  const box = { left: pad, right: width - pad };
  const title = fitCanvasText(ctx, text.title, {
    maxWidth: width - pad * 2,
    maxLines: 1,
    maxFontSize: Math.round(height * 0.36),
    minFontSize: Math.round(height * 0.2),
    locale: text.locale,
    weight: 700,
    language: text.language,
  });
  const y = drawLines(
    ctx,
    title,
    { ...box, top: pad * 0.8 },
    { weight: 700, language: text.language, color: '#ffffff' },
  );
  const subtitle = fitCanvasText(ctx, text.subtitle, {
    maxWidth: width - pad * 2,
    maxLines: 1,
    maxFontSize: Math.round(height * 0.24),
    minFontSize: Math.round(height * 0.14),
    locale: text.locale,
    weight: 500,
    language: text.language,
  });
  drawLines(ctx, subtitle, { ...box, top: y }, { weight: 500, language: text.language, color: '#c9ceda' });
  return [text.title, text.subtitle].filter(Boolean);
}
