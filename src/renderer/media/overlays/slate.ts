import type { OverlayLanguage } from '../../../shared/markets/markets';
import { drawTextBlock, type Canvas2D } from './canvasText';

/**
 * A branded tile shown instead of a frozen or missing picture ("camera
 * disconnected", "waiting for video"): viewers see that the studio knows.
 */
export function drawSlate(
  ctx: Canvas2D,
  width: number,
  height: number,
  message: { text: string; language: OverlayLanguage; locale: string },
): string[] {
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#1d2a4a');
  gradient.addColorStop(1, '#0e1220');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#e5484d';
  const dot = Math.min(width, height) * 0.05;
  ctx.beginPath();
  ctx.arc(width / 2, height * 0.4, dot, 0, Math.PI * 2);
  ctx.fill();
  drawTextBlock(
    ctx,
    message.text,
    { left: width * 0.1, right: width * 0.9, top: height * 0.4 + dot * 2 },
    {
      language: message.language,
      locale: message.locale,
      maxLines: 2,
      maxFontSize: Math.round(height * 0.07),
      minFontSize: Math.round(height * 0.035),
      weight: 600,
      color: '#e8eaf0',
      align: 'center',
    },
  );
  return [message.text];
}
