import type { Page } from '@playwright/test';
import { storedSetting } from '../support/sqlite';
import { expect, test } from './harness/fixtures';

const firstColumn = (page: Page) => page.getByRole('complementary', { name: 'Docks, first column' });
const secondColumn = (page: Page) => page.getByRole('complementary', { name: 'Docks, second column' });

test('docks fold, move and resize, and the studio remembers them after a restart', async ({ studio }) => {
  const { page } = studio;
  const poll = page.getByRole('region', { name: 'Poll' });
  await expect(poll.getByLabel('Question')).toBeVisible();
  await page.getByRole('button', { name: 'Fold Poll' }).click();
  await expect(poll.getByLabel('Question')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Unfold Poll' })).toHaveAttribute('aria-expanded', 'false');

  // The question queue to the first column, then one place up there.
  await page.getByRole('button', { name: 'Arrange Viewer questions' }).click();
  await page.getByRole('menuitem', { name: 'Move Viewer questions to the other column' }).click();
  await expect(firstColumn(page).getByRole('region', { name: 'Viewer questions' })).toBeVisible();
  // From the keyboard: the menu opens on its first item, the arrows move, Enter chooses.
  await page.getByRole('button', { name: 'Arrange Viewer questions' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Move Viewer questions up' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const order = () =>
    firstColumn(page)
      .locator('[data-dock]')
      .evaluateAll((docks) => docks.map((dock) => dock.getAttribute('data-dock')));
  await expect.poll(order).toEqual(['scenes', 'sources', 'properties', 'audio', 'questions', 'dashboard']);

  // The first column 48 px wider from the keyboard, and the queue's height dragged with the mouse.
  // The arrows are the handle's: the item selected in preview (a lower third) stays where it is.
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('lowerThird');
  const itemX = () =>
    studio.services.scenes.load()?.scenes.flatMap((scene) => scene.items.map((item) => item.transform.x));
  await expect.poll(itemX).toHaveLength(1);
  const placed = itemX();
  const columnWidth = async () => (await firstColumn(page).boundingBox())?.width ?? 0;
  const before = await columnWidth();
  const handle = page.getByRole('separator', { name: 'Width of the first dock column' });
  await handle.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(columnWidth).toBeCloseTo(before + 48, 0);
  await page.keyboard.press('Enter'); // back to the default width
  await expect.poll(columnWidth).toBeCloseTo(before, 0);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(columnWidth).toBeCloseTo(before + 48, 0);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600))); // scene saves are debounced
  expect(itemX()).toEqual(placed);
  const queueHandle = page.getByRole('separator', { name: 'Height of Viewer questions' });
  await queueHandle.scrollIntoViewIfNeeded();
  const box = await queueHandle.boundingBox();
  if (!box) throw new Error('the handle is not drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(() => (storedSetting(studio.dataDir, 'studioLayout') as { heights: object }).heights)
    .toHaveProperty('questions');

  await studio.restart();
  await expect.poll(order).toEqual(['scenes', 'sources', 'properties', 'audio', 'questions', 'dashboard']);
  await expect(secondColumn(page).getByRole('region', { name: 'Poll' }).getByLabel('Question')).toBeHidden();
  await expect.poll(columnWidth).toBeCloseTo(before + 48, 0);

  // Settings can put everything back.
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Reset the studio layout' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
  await expect(secondColumn(page).getByRole('region', { name: 'Viewer questions' })).toBeVisible();
  await expect(poll.getByLabel('Question')).toBeVisible();
});

test('the OBS dock appears once OBS is set up in Settings', async ({ studio }) => {
  const { page } = studio;
  await expect(page.getByRole('region', { name: 'OBS Studio' })).toHaveCount(0);
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: /Control OBS Studio/ }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
  await expect(secondColumn(page).getByRole('region', { name: 'OBS Studio' })).toBeVisible();
});

test('preview and program fill the centre at the output’s shape, larger in a larger window', async ({
  studio,
}) => {
  const { page } = studio;
  const program = page.getByRole('img', { name: 'Program' });
  const widths: number[] = [];
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(async () => (await program.boundingBox())?.width).toBeGreaterThan(0);
    const box = await program.boundingBox();
    const centre = await page.getByRole('region', { name: 'Preview and program' }).boundingBox();
    if (!box || !centre) throw new Error('the stage is not drawn');
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    // Side by side, the pair takes most of the centre's width (the transitions sit between them).
    expect((2 * box.width) / centre.width).toBeGreaterThan(0.75);
    widths.push(box.width);
  }
  const [small = 0, large = 0] = widths;
  expect(large).toBeGreaterThan(small * 1.3);
});
