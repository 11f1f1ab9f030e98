import type { Page } from '@playwright/test';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Reads one pixel of the program output (output coordinates, e.g. 0..1919). */
export function programPixel(page: Page, x: number, y: number): Promise<Rgb> {
  return canvasPixel(page, 'Program', x, y);
}

/** Reads one pixel of a stage canvas by its accessible name ("Program" or "Preview"). */
export async function canvasPixel(page: Page, label: string, x: number, y: number): Promise<Rgb> {
  return page.evaluate(
    ([name, px, py]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`canvas[aria-label="${name}"]`);
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error(`no canvas ${name}`);
      const [r = 0, g = 0, b = 0] = ctx.getImageData(px, py, 1, 1).data;
      return { r, g, b };
    },
    [label, x, y] as const,
  );
}

/** The fake camera's background: a saturated green. */
export const isCameraGreen = (p: Rgb): boolean => p.g > 100 && p.r < 90 && p.b < 90;
export const isBlack = (p: Rgb): boolean => p.r < 12 && p.g < 12 && p.b < 12;
export const isCardWhite = (p: Rgb): boolean => p.r > 225 && p.g > 225 && p.b > 225;
