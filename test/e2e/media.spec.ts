import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { isBlack, programPixel } from './support/pixels';
import { recordRedWebm } from './support/recordWebm';

const icon = readFileSync(join(import.meta.dirname, '../../resources/icon.png'));

test('an image and a looping product video from disk are composited', async ({ studio }) => {
  const { page } = studio;
  await page.locator('input[type=file][data-kind=image]').setInputFiles({
    name: 'brand.png',
    mimeType: 'image/png',
    buffer: icon,
  });
  await expect(page.getByRole('list', { name: 'Sources' })).toContainText('brand.png');
  // The square icon sits centred (contain): navy inside, black beside it.
  await expect
    .poll(async () => {
      const p = await programPixel(page, 960, 120);
      return p.b > 50 && p.b > p.r + 20;
    })
    .toBe(true);
  expect(isBlack(await programPixel(page, 200, 540))).toBe(true);

  const video = await recordRedWebm(page);
  await page.locator('input[type=file][data-kind=video]').setInputFiles({
    name: 'promo.webm',
    mimeType: 'video/webm',
    buffer: video,
  });
  await expect(page.getByRole('list', { name: 'Sources' })).toContainText('promo.webm');
  await expect
    .poll(async () => {
      const p = await programPixel(page, 200, 540);
      return p.r > 150 && p.g < 80;
    })
    .toBe(true);
  // Still playing well past its 1.5 s length: it loops.
  await page.waitForTimeout(2500);
  const stillRed = await programPixel(page, 200, 540);
  expect(stillRed.r).toBeGreaterThan(150);
  expect(studio.services.media.list().map((m) => m.kind)).toEqual(['image', 'video']);
});

test('a file that is not an image is refused with a translated message', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await page.locator('input[type=file][data-kind=image]').setInputFiles({
    name: 'factura.png',
    mimeType: 'image/png',
    buffer: Buffer.from('MZ\x90\x00 not really a picture'),
  });
  await expect(page.getByRole('alert')).toContainText('Este archivo no es una imagen ni un vídeo compatible');
  await expect(page.getByText('Esta escena todavía no tiene fuentes.')).toBeVisible();
  expect(studio.services.media.list()).toEqual([]);
});
