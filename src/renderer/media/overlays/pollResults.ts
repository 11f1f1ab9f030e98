import type { Poll } from '../../../shared/live/showData';
import type { OverlayLanguage } from '../../../shared/markets/markets';
import { drawTextBlock, roundRect, type Canvas2D } from './canvasText';

/** The running poll: its question, and a bar per option with its share and votes. Returns the texts drawn. */
export function drawPollResults(
  ctx: Canvas2D,
  width: number,
  height: number,
  poll: Poll,
  text: { language: OverlayLanguage; locale: string },
): string[] {
  ctx.clearRect(0, 0, width, height);
  const pad = Math.round(Math.min(width, height) * 0.06);
  roundRect(ctx, 0, 0, width, height, pad);
  ctx.fillStyle = 'rgba(17, 19, 24, 0.88)';
  ctx.fill();
  const rtl = text.language === 'ar';
  const common = { language: text.language, locale: text.locale, maxLines: 2, color: '#ffffff' };
  const drawn: string[] = [];
  const question = drawTextBlock(
    ctx,
    poll.question,
    { left: pad, right: width - pad, top: pad },
    { ...common, maxFontSize: Math.round(height * 0.1), minFontSize: Math.round(height * 0.05), weight: 700 },
  );
  drawn.push(question.drawn);
  const total = poll.votes.reduce((sum, n) => sum + n, 0);
  const rowHeight = (height - question.bottom - pad) / poll.options.length;
  const percent = new Intl.NumberFormat(text.locale, { style: 'percent' });
  poll.options.forEach((option, i) => {
    const share = total > 0 ? (poll.votes[i] ?? 0) / total : 0;
    const top = question.bottom + i * rowHeight + rowHeight * 0.15;
    const barHeight = rowHeight * 0.7;
    const barWidth = (width - 2 * pad) * share;
    ctx.fillStyle = 'rgba(229, 72, 77, 0.85)';
    ctx.fillRect(rtl ? width - pad - barWidth : pad, top, barWidth, barHeight);
    const label = `${option} · ${percent.format(share)}`;
    const line = drawTextBlock(
      ctx,
      label,
      { left: pad * 1.3, right: width - pad * 1.3, top: top + barHeight * 0.1 },
      {
        ...common,
        maxLines: 1,
        maxFontSize: Math.round(barHeight * 0.6),
        minFontSize: Math.round(barHeight * 0.3),
        weight: 600,
      },
    );
    drawn.push(line.drawn);
  });
  return drawn;
}
