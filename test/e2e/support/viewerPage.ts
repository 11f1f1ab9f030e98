import type { Page } from '@playwright/test';
import type { Rgb } from './pixels';

/** One pixel (as fractions of the picture) of what the viewer page's player shows, once it plays. */
export function viewerPixel(page: Page, at: [number, number] = [0.6, 0.6]): Promise<Rgb & { width: number }> {
  return page.evaluate(([fx, fy]) => {
    const video = document.querySelector<HTMLVideoElement>('video[data-testid="program"]');
    if (!video || video.videoWidth === 0) return { width: 0, r: 0, g: 0, b: 0 };
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(video, 0, 0);
    const [r = 0, g = 0, b = 0] =
      ctx?.getImageData(Math.floor(canvas.width * fx), Math.floor(canvas.height * fy), 1, 1).data ?? [];
    return { width: video.videoWidth, r, g, b };
  }, at);
}
