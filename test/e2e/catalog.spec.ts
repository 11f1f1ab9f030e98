import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { programPixel } from './support/pixels';

const photo = readFileSync(join(import.meta.dirname, '../../resources/icon.png'));

test('a product is created in the catalog page, priced per market, and shown on the card', async ({
  studio,
}) => {
  const { page } = studio;
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Products' }).click();
  await expect(page.getByText('No products yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add product' }).click();

  const editor = page.getByRole('form');
  await editor.getByLabel('Product name').fill('Batik table runner');
  await editor.getByRole('combobox', { name: 'Add a market' }).selectOption('id');
  const indonesia = editor.getByRole('group', { name: 'Indonesia' });
  await expect(indonesia.getByLabel('Currency')).toHaveValue('IDR');
  await indonesia.getByLabel('Price').fill('249000');
  await indonesia.getByLabel('Buy link for this market').fill('ftp://shop.example/batik');
  await expect(indonesia.getByText(/Check the values for Indonesia/)).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Save product' })).toBeDisabled();
  await indonesia.getByLabel('Buy link for this market').fill('https://shop.example/id/batik');
  await indonesia.getByLabel('Trust badges, separated by commas').fill('SNI, Halal');
  await editor
    .locator('input[type=file]')
    .setInputFiles({ name: 'runner.png', mimeType: 'image/png', buffer: photo });
  await expect(editor.getByRole('img', { name: 'Photo 1' })).toBeVisible();
  await editor.getByRole('button', { name: 'Save product' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Product saved.');

  expect(studio.services.catalog.list()).toEqual([
    expect.objectContaining({
      name: 'Batik table runner',
      imageIds: [expect.stringMatching(/\.png$/)],
      variants: [
        expect.objectContaining({
          market: 'id',
          price: 249000,
          currency: 'IDR',
          certifications: ['SNI', 'Halal'],
        }),
      ],
    }),
  ]);

  await nav.getByRole('button', { name: 'Studio' }).click();
  await page.getByRole('combobox', { name: 'Viewer market' }).selectOption('id');
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('productCard');
  const onAir = page.locator('.on-air');
  await expect(onAir).toContainText('Batik table runner');
  await expect(onAir).toContainText(/Rp\s249\.000/);
  await expect(onAir).toContainText('Pindai untuk membeli');
  await expect(onAir).toContainText('SNI');
  // The photo heads the card (the card's default place, its photo box centred).
  await expect
    .poll(async () => {
      const p = await programPixel(page, 1555, 232);
      return p.b > p.r + 20 && p.r < 200;
    })
    .toBe(true);

  // Deleting the product takes the card off air.
  await nav.getByRole('button', { name: 'Products' }).click();
  await page.getByRole('button', { name: 'Batik table runner' }).click();
  await page.getByRole('button', { name: 'Delete product' }).click();
  await expect(page.getByText('No products yet.')).toBeVisible();
  await nav.getByRole('button', { name: 'Studio' }).click();
  await expect(onAir).not.toContainText('Batik table runner');
});
