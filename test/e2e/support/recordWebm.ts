import type { Page } from '@playwright/test';

/**
 * Records a short real WebM (VP8) in the page: a red frame with a white square
 * moving across, as a looping product video would be. Returns its bytes.
 */
export async function recordRedWebm(page: Page, durationMs = 1500): Promise<Buffer> {
  const base64 = await page.evaluate(async (ms) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    let frame = 0;
    const draw = (): void => {
      ctx.fillStyle = '#d02020';
      ctx.fillRect(0, 0, 320, 180);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect((frame++ * 8) % 320, 120, 30, 30);
    };
    draw();
    const timer = setInterval(draw, 33);
    const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, ms));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, durationMs);
  return Buffer.from(base64, 'base64');
}
