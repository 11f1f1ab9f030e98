import QRCode from 'qrcode';
import type { Canvas2D } from './canvasText';

/**
 * Draws a QR code of `text` as a `size` square at (x, y), with the quiet zone
 * the standard asks for (4 modules) so phone cameras lock on quickly.
 */
export function drawQrCode(ctx: Canvas2D, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cells = modules.size + quiet * 2;
  const cell = Math.floor(size / cells);
  const drawn = cell * cells;
  const ox = Math.round(x + (size - drawn) / 2);
  const oy = Math.round(y + (size - drawn) / 2);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(ox, oy, drawn, drawn);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        ctx.fillRect(ox + (col + quiet) * cell, oy + (row + quiet) * cell, cell, cell);
      }
    }
  }
}
