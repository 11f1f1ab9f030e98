import type { Page } from '@playwright/test';
import { startRtmpIngest, type RtmpIngest } from '../support/ingest/nginxRtmp';
import { grabFrame, probeStreams } from '../support/ingest/probeStream';
import { silkScarf } from '../support/products';
import { expect, test, type Studio } from './harness/fixtures';
import { isCameraGreen, isCardWhite, type Rgb } from './support/pixels';

let ingests: RtmpIngest[] = [];
test.afterEach(async () => {
  await Promise.all(ingests.map((i) => i.dispose()));
  ingests = [];
});

const dock = (page: Page) => page.getByRole('region', { name: 'Destinations' });

async function addDestination(
  page: Page,
  fields: { platform: string; name: string; serverUrl: string; key: string; market: string; canvas: string },
) {
  await dock(page).getByRole('combobox', { name: 'Platform' }).selectOption(fields.platform);
  await dock(page).getByRole('button', { name: 'Add destination' }).click();
  const form = page.getByRole('form', { name: /^Destination / });
  await form.getByLabel('Name').fill(fields.name);
  await form.getByLabel('Server address').fill(fields.serverUrl);
  await form.getByLabel('Stream key').fill(fields.key);
  await form.getByLabel("Viewers' market").selectOption(fields.market);
  await form.getByLabel('Canvas').selectOption(fields.canvas);
  await form.getByRole('button', { name: 'Save destination' }).click();
  await expect(dock(page).getByRole('listitem', { name: fields.name })).toBeVisible();
}

/** The camera with the silk scarf's card over it, cut to air; priced for `market` when given. */
async function cameraAndCardOnAir({ page, services }: Studio, market?: string): Promise<void> {
  services.catalog.save(silkScarf);
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('productCard');
  if (market) await page.getByRole('combobox', { name: 'Viewer market' }).selectOption(market);
  await page.getByRole('button', { name: 'Cut' }).click();
}

/** Waits for each named destination's row to say it is live, or off. */
async function expectRows(page: Page, names: readonly string[], state: 'live' | 'off'): Promise<void> {
  for (const name of names)
    await expect(dock(page).getByRole('listitem', { name }).locator('[data-state]')).toHaveAttribute(
      'data-state',
      state,
      { timeout: 20_000 },
    );
}

function pixel(frame: Buffer, width: number, x: number, y: number): Rgb {
  const at = (y * width + x) * 3;
  return { r: frame[at] ?? 0, g: frame[at + 1] ?? 0, b: frame[at + 2] ?? 0 };
}

/** The share of a band of rows (y0 to y1) that is the product card's white. */
function cardShare(frame: Buffer, width: number, y0: number, y1: number): number {
  let white = 0;
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < width; x++) if (isCardWhite(pixel(frame, width, x, y))) white++;
  return white / ((y1 - y0) * width);
}

test('one show goes to two marketplaces at once: a landscape US stream and a portrait Brazil stream with the card at the bottom', async ({
  studio,
}) => {
  const ingest = await startRtmpIngest(['shop-us-key', 'tiktok-br-key']);
  ingests.push(ingest);
  const { page } = studio;
  await cameraAndCardOnAir(studio, 'us-east');

  await addDestination(page, {
    platform: 'customRtmp',
    name: 'Shop US',
    serverUrl: ingest.serverUrl,
    key: 'shop-us-key',
    market: 'us-east',
    canvas: '1280x720',
  });
  await addDestination(page, {
    platform: 'tiktok',
    name: 'TikTok Brasil',
    serverUrl: ingest.serverUrl,
    key: 'tiktok-br-key',
    market: 'br',
    canvas: '720x1280',
  });
  await dock(page).getByRole('button', { name: 'Start enabled (2)' }).click();
  await expectRows(page, ['Shop US', 'TikTok Brasil'], 'live');

  const us = await probeStreams(`${ingest.serverUrl}/shop-us-key`);
  expect(us).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ codec_name: 'h264', width: 1280, height: 720 }),
      expect.objectContaining({ codec_name: 'aac' }),
    ]),
  );
  const br = await probeStreams(`${ingest.serverUrl}/tiktok-br-key`);
  expect(br).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ codec_name: 'h264', width: 720, height: 1280 }),
      expect.objectContaining({ codec_name: 'aac' }),
    ]),
  );

  // The portrait stream: the camera fills the phone's screen, the card runs across its bottom.
  const portrait = await grabFrame(`${ingest.serverUrl}/tiktok-br-key`, 180, 320);
  expect(isCameraGreen(pixel(portrait, 180, 20, 40))).toBe(true);
  expect(isCardWhite(pixel(portrait, 180, 90, 300))).toBe(true);
  // The landscape stream is the program scaled: the card where the host put it, lower right.
  const landscape = await grabFrame(`${ingest.serverUrl}/shop-us-key`, 320, 180);
  expect(isCameraGreen(pixel(landscape, 320, 30, 90))).toBe(true);
  expect(isCardWhite(pixel(landscape, 320, Math.round(0.66 * 320) + 3, Math.round(0.78 * 180) - 3))).toBe(
    true,
  );

  await dock(page).getByRole('button', { name: 'End all destinations' }).click();
  await expectRows(page, ['Shop US', 'TikTok Brasil'], 'off');
});

/** Pixels of the card's price red (#d92d20) inside the product card's place, lower right. */
function priceRedPixels(frame: Buffer, width: number, height: number): number {
  let red = 0;
  for (let y = Math.round(0.08 * height); y < Math.round(0.78 * height); y++)
    for (let x = Math.round(0.66 * width); x < Math.round(0.96 * width); x++) {
      const p = pixel(frame, width, x, y);
      if (p.r > 170 && p.g < 110 && p.b < 110) red++;
    }
  return red;
}

test('each destination prices the card for its own market: a US and a Brazilian stream of one show', async ({
  studio,
}) => {
  const ingest = await startRtmpIngest(['shop-us-key', 'shop-br-key']);
  ingests.push(ingest);
  const { page } = studio;
  await cameraAndCardOnAir(studio, 'us-east');
  for (const [name, key, market] of [
    ['Shop US', 'shop-us-key', 'us-east'],
    ['Loja Brasil', 'shop-br-key', 'br'],
  ] as const)
    await addDestination(page, {
      platform: 'customRtmp',
      name,
      serverUrl: ingest.serverUrl,
      key,
      market,
      canvas: '1280x720',
    });
  await dock(page).getByRole('button', { name: 'Start enabled (2)' }).click();
  await expectRows(page, ['Shop US', 'Loja Brasil'], 'live');

  // The same card in the same place, its price in red: "$39.50" for the US, "R$ 189,90" for
  // Brazil, a longer line of red at the same size.
  const us = priceRedPixels(await grabFrame(`${ingest.serverUrl}/shop-us-key`, 640, 360), 640, 360);
  const br = priceRedPixels(await grabFrame(`${ingest.serverUrl}/shop-br-key`, 640, 360), 640, 360);
  expect(us).toBeGreaterThan(100);
  expect(br).toBeGreaterThan(us * 1.15);
});

test('a wrong stream key is refused in words on that destination, and the test button says so', async ({
  studio,
}) => {
  const ingest = await startRtmpIngest(['right-key']);
  ingests.push(ingest);
  const { page } = studio;
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await addDestination(page, {
    platform: 'twitch',
    name: 'Twitch',
    serverUrl: ingest.serverUrl,
    key: 'typo-key',
    market: 'us-east',
    canvas: '1280x720',
  });
  const row = dock(page).getByRole('listitem', { name: 'Twitch' });
  await row.getByRole('button', { name: 'Test (5 s)' }).click();
  await expect(row.getByRole('status')).toHaveText(
    'Test failed: The platform refused the stream key. Copy it again from the platform and save.',
    { timeout: 20_000 },
  );
  expect(ingest.publishes).toEqual([{ key: 'typo-key', accepted: false }]);
});

test("the phone layout is the scene's own: the card dragged to the top there goes out at the top of the portrait stream, and undo takes it back", async ({
  studio,
}) => {
  const ingest = await startRtmpIngest(['tiktok-key']);
  ingests.push(ingest);
  const { page } = studio;
  await cameraAndCardOnAir(studio);

  await page.getByRole('button', { name: 'Portrait (phones)' }).click();
  const phone = page.locator('.stage__canvas--portrait');
  const box = await phone.boundingBox();
  if (!box) throw new Error('no phone preview');
  // The card runs across the bottom by default: drag it from there to the top.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.85);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Back to the default phone layout' })).toBeEnabled();
  // The landscape program is untouched: the card still sits lower right there.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Back to the default phone layout' })).toBeDisabled();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('button', { name: 'Back to the default phone layout' })).toBeEnabled();

  await addDestination(page, {
    platform: 'tiktok',
    name: 'TikTok',
    serverUrl: ingest.serverUrl,
    key: 'tiktok-key',
    market: 'us-east',
    canvas: '720x1280',
  });
  const row = dock(page).getByRole('listitem', { name: 'TikTok' });
  await row.getByRole('button', { name: 'Start' }).click();
  await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  const frame = await grabFrame(`${ingest.serverUrl}/tiktok-key`, 180, 320);
  // Card up top now (much of the top third is its white), the camera where it used to be.
  expect(cardShare(frame, 180, 0, 100)).toBeGreaterThan(0.3);
  expect(cardShare(frame, 180, 230, 320)).toBeLessThan(0.05);
  expect(isCameraGreen(pixel(frame, 180, 20, 300))).toBe(true);
});
