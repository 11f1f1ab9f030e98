import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { recordRedWebm } from './support/recordWebm';

const meter = (page: Page, name: string) => page.getByRole('meter', { name });
const level = async (page: Page, name: string) => Number(await meter(page, name).getAttribute('value'));

/** True once the meter has read above `db` (the fake microphone beeps, so sound comes and goes). */
async function reaches(page: Page, name: string, db: number): Promise<void> {
  await expect.poll(() => level(page, name), { timeout: 10_000, intervals: [100] }).toBeGreaterThan(db);
}

/** True when the meter stays at silence for a whole second of readings. */
async function staysSilent(page: Page, name: string): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    if ((await level(page, name)) > -55) return false;
    await page.waitForTimeout(100);
  }
  return true;
}

test('a microphone is heard in the program mix, and its mute silences it', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'Add microphone' }).click();
  const mic = page.getByRole('group', { name: 'Microphone 1' });
  await expect(mic).toBeVisible();
  await reaches(page, 'Microphone 1 level', -40);
  await reaches(page, 'Program sound level', -40);

  await mic.getByRole('button', { name: 'Mute' }).click();
  await expect.poll(() => staysSilent(page, 'Program sound level'), { timeout: 10_000 }).toBe(true);
  // Before the fader, the microphone's own meter still shows that it hears.
  await reaches(page, 'Microphone 1 level', -40);

  await mic.getByRole('button', { name: 'Unmute' }).click();
  await reaches(page, 'Program sound level', -40);
  await expect
    .poll(() => studio.services.scenes.load()?.microphones)
    .toEqual([expect.objectContaining({ name: 'Microphone 1', muted: false, volume: 1 })]);
});

test('a product video on air is heard; muted, it is not', async ({ studio }) => {
  const { page } = studio;
  const video = await recordRedWebm(page, 1500, true);
  await page.locator('input[type=file][data-kind=video]').setInputFiles({
    name: 'promo.webm',
    mimeType: 'video/webm',
    buffer: video,
  });
  await reaches(page, 'promo.webm level', -30);
  await reaches(page, 'Program sound level', -30);

  await page.getByRole('group', { name: 'promo.webm' }).getByRole('button', { name: 'Mute' }).click();
  await expect.poll(() => staysSilent(page, 'Program sound level'), { timeout: 10_000 }).toBe(true);
});
