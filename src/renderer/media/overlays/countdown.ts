import type { OverlayLanguage } from '../../../shared/markets/markets';
import { drawTextBlock, roundRect, type Canvas2D } from './canvasText';
import { overlayText } from './overlayText';

const digitFormats = new Map<string, { one: Intl.NumberFormat; two: Intl.NumberFormat }>();

// Asked every frame: the formatters are built once per locale.
function digits(locale: string): { one: Intl.NumberFormat; two: Intl.NumberFormat } {
  let formats = digitFormats.get(locale);
  if (!formats) {
    formats = {
      one: new Intl.NumberFormat(locale, { useGrouping: false }),
      two: new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }),
    };
    digitFormats.set(locale, formats);
  }
  return formats;
}

/** "h:mm:ss" or "m:ss" left until `endsAt`, in the market's digits. */
export function remainingText(endsAt: Date, now: Date, locale: string): string | undefined {
  const seconds = Math.ceil((endsAt.getTime() - now.getTime()) / 1000);
  if (seconds <= 0) return undefined;
  const { one, two } = digits(locale);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`;
}

/** A flash-deal countdown: label over the time left, or "deal ended". Returns the texts drawn. */
export function drawCountdown(
  ctx: Canvas2D,
  width: number,
  height: number,
  deal: { label: string; endsAt: Date; now: Date; language: OverlayLanguage; locale: string },
): string[] {
  ctx.clearRect(0, 0, width, height);
  roundRect(ctx, 0, 0, width, height, Math.round(height * 0.14));
  ctx.fillStyle = 'rgba(217, 45, 32, 0.92)';
  ctx.fill();
  const pad = Math.round(height * 0.1);
  const box = { left: pad, right: width - pad };
  const remaining = remainingText(deal.endsAt, deal.now, deal.locale);
  const label = remaining
    ? deal.label || overlayText(deal.language, 'dealEndsIn')
    : overlayText(deal.language, 'dealEnded');
  const common = {
    language: deal.language,
    locale: deal.locale,
    maxLines: 1,
    color: '#ffffff',
    align: 'center' as const,
  };
  const top = drawTextBlock(
    ctx,
    label,
    { ...box, top: pad },
    {
      ...common,
      maxFontSize: Math.round(height * 0.26),
      minFontSize: Math.round(height * 0.14),
      weight: 600,
    },
  );
  if (!remaining) return [label];
  drawTextBlock(
    ctx,
    remaining,
    { ...box, top: top.bottom },
    {
      ...common,
      maxFontSize: Math.round(height * 0.44),
      minFontSize: Math.round(height * 0.2),
      weight: 800,
    },
  );
  return [label, remaining];
}
