import type { OverlayLanguage } from '../../../shared/markets/markets';
import { fitText, type FitOptions, type FittedText } from '../../../shared/text/fitText';

export type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** Fonts with the right glyph forms per script (Japanese and Chinese Han differ). */
export function fontFamily(language: OverlayLanguage): string {
  const cjk = language === 'ja' ? "'Noto Sans CJK JP'" : "'Noto Sans CJK SC'";
  return `'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Thai', ${cjk}, system-ui, sans-serif`;
}

export function setFont(ctx: Canvas2D, size: number, weight: number, language: OverlayLanguage): void {
  ctx.font = `${weight} ${size}px ${fontFamily(language)}`;
}

/** fitText measured with this canvas and font. */
export function fitCanvasText(
  ctx: Canvas2D,
  text: string,
  options: FitOptions & { weight: number; language: OverlayLanguage },
): FittedText {
  return fitText(text, options, (line, size) => {
    setFont(ctx, size, options.weight, options.language);
    return ctx.measureText(line).width;
  });
}

/** The x where lines start for the writing direction of `language`, inside [left, right]. */
export function isRtl(language: OverlayLanguage): boolean {
  return language === 'ar';
}

/**
 * Draws fitted lines from `top`, aligned to the start edge of the writing
 * direction; returns the y below the last line.
 */
export function drawLines(
  ctx: Canvas2D,
  fitted: FittedText,
  box: { left: number; right: number; top: number },
  style: {
    weight: number;
    language: OverlayLanguage;
    color: string;
    lineHeight?: number;
    align?: 'start' | 'center';
  },
): number {
  const rtl = isRtl(style.language);
  setFont(ctx, fitted.fontSize, style.weight, style.language);
  ctx.fillStyle = style.color;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textBaseline = 'top';
  const centred = style.align === 'center';
  ctx.textAlign = centred ? 'center' : rtl ? 'right' : 'left';
  const x = centred ? (box.left + box.right) / 2 : rtl ? box.right : box.left;
  const step = fitted.fontSize * (style.lineHeight ?? 1.25);
  let y = box.top;
  for (const line of fitted.lines) {
    ctx.fillText(line, x, y);
    y += step;
  }
  return y;
}

export function roundRect(ctx: Canvas2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

export interface TextBlockStyle {
  language: OverlayLanguage;
  locale: string;
  maxLines: number;
  /** Font sizes in pixels: the text starts at the largest and shrinks to fit. */
  maxFontSize: number;
  minFontSize: number;
  weight: number;
  color: string;
  align?: 'start' | 'center';
}

/**
 * Fits `text` to the box's width and draws it from `box.top`; returns the y
 * below it and the text as drawn (for the program's description).
 */
export function drawTextBlock(
  ctx: Canvas2D,
  text: string,
  box: { left: number; right: number; top: number },
  style: TextBlockStyle,
): { bottom: number; drawn: string } {
  const fitted = fitCanvasText(ctx, text, {
    maxWidth: box.right - box.left,
    maxLines: style.maxLines,
    maxFontSize: style.maxFontSize,
    minFontSize: style.minFontSize,
    locale: style.locale,
    weight: style.weight,
    language: style.language,
  });
  const bottom = drawLines(ctx, fitted, box, style);
  return { bottom, drawn: fitted.lines.join(' ') };
}
