import type { SourceFrame } from '../compositor/frames';

/**
 * An overlay redrawn only when what it shows changes (its key), then kept as an
 * ImageBitmap: a static overlay costs one cheap bitmap draw per frame instead
 * of a text layout, or a canvas-to-canvas copy.
 */
export class CanvasCache {
  private canvas: OffscreenCanvas | undefined;
  private bitmap: ImageBitmap | undefined;
  private key = '';
  private texts: string[] = [];

  get(
    width: number,
    height: number,
    key: string,
    draw: (ctx: OffscreenCanvasRenderingContext2D, width: number, height: number) => string[],
  ): SourceFrame {
    const w = Math.max(1, Math.round(width));
    const h = Math.max(1, Math.round(height));
    const fullKey = `${w}x${h}|${key}`;
    if (!this.canvas || fullKey !== this.key) {
      if (!this.canvas || this.canvas.width !== w || this.canvas.height !== h)
        this.canvas = new OffscreenCanvas(w, h);
      const ctx = this.canvas.getContext('2d');
      if (!ctx) throw new Error('OffscreenCanvas 2D is unavailable');
      ctx.clearRect(0, 0, w, h);
      this.texts = draw(ctx, w, h);
      this.key = fullKey;
      this.bitmap?.close();
      this.bitmap = this.canvas.transferToImageBitmap();
    }
    return { image: this.bitmap ?? this.canvas, width: w, height: h, fit: 'fill' };
  }

  get lastTexts(): string[] {
    return this.texts;
  }

  dispose(): void {
    this.bitmap?.close();
    this.bitmap = undefined;
  }
}
