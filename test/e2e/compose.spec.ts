import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { canvasPixel, isBlack, isCameraGreen, isCardWhite, programPixel } from './support/pixels';
import { silkScarf } from '../support/products';

// A point of the output left of centre where the camera's background shows and
// no overlay is placed, and one inside the product card's lower margin.
const cameraPoint = { x: 200, y: 540 };
const cardPoint = { x: Math.round(0.66 * 1920) + 12, y: Math.round(0.78 * 1080) - 12 };

const addSource = (page: Page, kind: string) =>
  page.getByRole('combobox', { name: 'Add source' }).selectOption(kind);
const sourcesList = (page: Page) => page.getByRole('list', { name: 'Sources' });
const onAir = (page: Page) => page.locator('.on-air');

async function boundingBox(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return box;
}

async function pollPixel(
  page: Page,
  point: { x: number; y: number },
  check: (p: { r: number; g: number; b: number }) => boolean,
) {
  await expect
    .poll(async () => check(await programPixel(page, point.x, point.y)), { timeout: 10_000 })
    .toBe(true);
}

test('a camera added to the preview goes on air with a cut', async ({ studio }) => {
  const { page } = studio;
  // A second scene: preview and program now differ (with one scene, edits are live).
  await page.getByRole('button', { name: 'Add scene' }).click();
  expect(isBlack(await programPixel(page, cameraPoint.x, cameraPoint.y))).toBe(true);
  await addSource(page, 'camera');
  await expect(sourcesList(page).getByRole('button', { name: 'Camera' })).toBeVisible();
  // Preview shows it first (the preview canvas is 960 wide: half the output).
  await expect
    .poll(async () => isCameraGreen(await canvasPixel(page, 'Preview', cameraPoint.x / 2, cameraPoint.y / 2)))
    .toBe(true);
  expect(isBlack(await programPixel(page, cameraPoint.x, cameraPoint.y))).toBe(true);

  await page.getByRole('button', { name: 'Cut' }).click();
  await pollPixel(page, cameraPoint, isCameraGreen);
});

test('the product card shows the chosen market price, layered over the camera', async ({ studio }) => {
  const { page } = studio;
  studio.services.catalog.save(silkScarf);
  await addSource(page, 'camera');
  await addSource(page, 'productCard');
  await page.getByRole('combobox', { name: 'Viewer market' }).selectOption('br');
  await page.getByRole('button', { name: 'Cut' }).click();

  await pollPixel(page, cardPoint, isCardWhite);
  await expect(onAir(page)).toContainText(/R\$\s189,90/);
  await expect(onAir(page)).toContainText('Entrega: 7–12 dias');
  await expect(onAir(page)).toContainText('Escaneie para comprar');

  // Switching the market relabels the live card at once.
  await page.getByRole('combobox', { name: 'Viewer market' }).selectOption('us-east');
  await expect(onAir(page)).toContainText('$39.50');
  await expect(onAir(page)).toContainText('Warranty: 12 months');
  await page.getByRole('combobox', { name: 'Viewer market' }).selectOption('sa');
  await expect(onAir(page)).toContainText('١٤٩');
  await expect(onAir(page)).toContainText('امسح للشراء');

  // Sending the card below the camera hides it: the layers are in list order.
  await sourcesList(page).getByRole('listitem').first().getByRole('button', { name: 'Move down' }).click();
  await pollPixel(page, cardPoint, isCameraGreen);

  // A market with no price for the product: no card for those viewers, and the host is told.
  await page.getByRole('combobox', { name: 'Viewer market' }).selectOption('jp');
  await sourcesList(page).getByRole('button', { name: 'Product card' }).click();
  await expect(page.getByRole('alert')).toContainText('no price for Japan');
});

test('a fade blends program into the next scene over its duration', async ({ studio }) => {
  const { page } = studio;
  await addSource(page, 'camera');
  await page.getByRole('button', { name: 'Cut' }).click();
  await pollPixel(page, cameraPoint, isCameraGreen);

  await page.getByRole('button', { name: 'Add scene' }).click();
  await page.getByRole('combobox', { name: 'Fade duration' }).selectOption('2000');
  await page.getByRole('button', { name: 'Fade' }).click();
  const greens: number[] = [];
  for (let i = 0; i < 40; i++) {
    greens.push((await programPixel(page, cameraPoint.x, cameraPoint.y)).g);
    if ((greens.at(-1) ?? 0) < 12) break;
    await page.waitForTimeout(100);
  }
  // Full camera green at the start, black at the end, and frames in between.
  expect(greens.at(-1)).toBeLessThan(12);
  expect(greens.some((g) => g > 20 && g < 100)).toBe(true);
  await expect(
    page.getByRole('list', { name: 'Scenes' }).getByRole('listitem').nth(1).getByLabel('On air'),
  ).toBeVisible();
});

test('scene edits undo, redo, and survive a restart', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'Add scene' }).click();
  const scenes = page.getByRole('list', { name: 'Scenes' });
  await scenes.getByRole('listitem').nth(1).getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Scene name' }).fill('Warehouse');
  await page.getByRole('textbox', { name: 'Scene name' }).press('Enter');
  await expect(scenes).toContainText('Warehouse');

  await addSource(page, 'lowerThird');
  await expect(sourcesList(page)).toContainText('Lower third');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No sources in this scene yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(sourcesList(page)).toContainText('Lower third');

  // Restarted once main holds the redone edit: the window saves a moment after each change.
  await expect
    .poll(() => studio.services.scenes.load()?.scenes.map((s) => s.name))
    .toEqual(['Main', 'Warehouse']);
  await expect
    .poll(() => studio.services.scenes.load()?.scenes.find((s) => s.name === 'Warehouse')?.items.length)
    .toBe(1);
  await studio.restart();
  await expect(page.getByRole('list', { name: 'Scenes' })).toContainText('Warehouse');
  await expect(sourcesList(page)).toContainText('Lower third');
});

test('the mouse moves and resizes an item in preview, as one undo step each', async ({ studio }) => {
  const { page } = studio;
  await addSource(page, 'lowerThird');
  const selection = page.getByTestId('selection');
  await expect(selection).toBeVisible();
  const item = () => studio.services.scenes.load()?.scenes[0]?.items[0]?.transform;
  await expect.poll(item).toMatchObject({ x: 77, y: 842, width: 960 });

  const box = await boundingBox(selection);
  const scale = 1920 / (await boundingBox(page.locator('canvas[aria-label="Preview"]'))).width;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2 - 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => item()?.x).toBeCloseTo(77 + 50 * scale, -1);
  await expect.poll(() => item()?.y).toBeCloseTo(842 - 40 * scale, -1);

  const handle = page.locator('[data-handle="e"]');
  const h = await boundingBox(handle);
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2 - 60, h.y + h.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => item()?.width).toBeCloseTo(960 - 60 * scale, -1);

  await page.keyboard.press('Control+z');
  await expect.poll(() => item()?.width).toBe(960);
  await page.keyboard.press('Control+z');
  await expect.poll(() => item()).toMatchObject({ x: 77, y: 842 });
});

test('hotkeys prepare a scene with its number and cut it to air', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'Add scene' }).click();
  await page.getByRole('button', { name: 'Add scene' }).click();
  const rows = page.getByRole('list', { name: 'Scenes' }).getByRole('listitem');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('2');
  await expect(rows.nth(1).getByRole('button', { pressed: true })).toBeVisible();
  await page.keyboard.press('c');
  await expect(rows.nth(1).getByLabel('On air')).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(rows.nth(0).getByLabel('On air')).toBeVisible();
});

test('cropping the camera in properties narrows the picture, keeping its aspect ratio', async ({
  studio,
}) => {
  const { page } = studio;
  await addSource(page, 'camera');
  await pollPixel(page, cameraPoint, isCameraGreen);
  // Half the width cropped from the left: the right half is fitted, centred, in the frame.
  await page.getByRole('spinbutton', { name: 'Left' }).fill('50');
  await pollPixel(page, cameraPoint, isBlack);
  await pollPixel(page, { x: 960, y: 540 }, (p) => !isBlack(p));
  await expect
    .poll(() => studio.services.scenes.load()?.scenes[0]?.items[0]?.crop)
    .toEqual({ top: 0, right: 0, bottom: 0, left: 0.5 });
  await page.getByRole('spinbutton', { name: 'Rotation (degrees)' }).fill('90');
  await expect.poll(() => studio.services.scenes.load()?.scenes[0]?.items[0]?.transform.rotation).toBe(90);
});

test('on the phone layout, rotation and crop place the item for phones alone, and undo takes them back', async ({
  studio,
}) => {
  const { page } = studio;
  const scene = () => studio.services.scenes.load()?.scenes[0];
  const top = page.getByRole('spinbutton', { name: 'Top' });
  await addSource(page, 'camera');
  await page.getByRole('button', { name: 'Portrait (phones)' }).click();
  await expect(
    page.getByText('Rotation and crop apply to the phone layout only; the landscape program keeps its own.'),
  ).toBeVisible();
  // The camera fills the phone's screen by default: its sides are cropped there, and shown so.
  await expect(page.getByRole('spinbutton', { name: 'Left' })).not.toHaveValue('0');
  await top.fill('20');
  await page.getByRole('spinbutton', { name: 'Rotation (degrees)' }).fill('5');
  await expect
    .poll(() => scene()?.portrait?.[0])
    .toEqual(
      expect.objectContaining({
        crop: expect.objectContaining({ top: 0.2 }),
        transform: expect.objectContaining({ rotation: 5 }),
      }),
    );
  expect(scene()?.items[0]?.crop).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  expect(scene()?.items[0]?.transform.rotation).toBe(0);

  await page.getByRole('button', { name: 'Landscape' }).click();
  await expect(top).toHaveValue('0');
  await page.getByRole('button', { name: 'Portrait (phones)' }).click();
  await expect(top).toHaveValue('20');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => scene()?.portrait ?? []).toEqual([]);
  await expect(top).toHaveValue('0');
});

test('off the studio page the preview rests and the program goes on; back on it, the preview moves again', async ({
  studio,
}) => {
  const { page } = studio;
  const nav = page.getByRole('navigation', { name: 'Main' });
  await addSource(page, 'camera');
  await pollPixel(page, cameraPoint, isCameraGreen);
  // Both canvases outlive the page that shows them: keep hold of them to read them from elsewhere.
  await page.evaluate(() => {
    const canvases = window as unknown as Record<string, HTMLCanvasElement | null>;
    canvases['__preview'] = document.querySelector('canvas[aria-label="Preview"]');
    canvases['__program'] = document.querySelector('canvas[aria-label="Program"]');
  });
  // A digest of a canvas's pixels: the fake camera's clock and turning shape change it every frame.
  const digest = (name: '__preview' | '__program') =>
    page.evaluate((key) => {
      const canvas = (window as unknown as Record<string, HTMLCanvasElement>)[key];
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum = (sum * 31 + (data[i] ?? 0) + (data[i + 1] ?? 0)) >>> 0;
      return sum;
    }, name);
  const changesWithin = async (name: '__preview' | '__program', ms: number) => {
    const before = await digest(name);
    await page.waitForTimeout(ms);
    return (await digest(name)) !== before;
  };
  expect(await changesWithin('__preview', 500)).toBe(true);

  await nav.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.waitForTimeout(200);
  expect(await changesWithin('__preview', 1000)).toBe(false);
  expect(await changesWithin('__program', 500)).toBe(true);

  await nav.getByRole('button', { name: 'Studio' }).click();
  await expect.poll(() => changesWithin('__preview', 300)).toBe(true);
});
