import { expect, test } from './harness/fixtures';
import { configureLive, goLive, useTestSfu } from './support/live';
import { isCameraGreen, programPixel } from './support/pixels';
import { viewerPixel } from './support/viewerPage';

const live = useTestSfu();

test('a co-host invited by link goes on camera and becomes a source in the program viewers watch', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'cohost-show');
  // The program holds only the co-host's place: until someone is on camera it says so.
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('cohost');
  await expect(page.locator('.on-air')).toContainText('Waiting for video');
  await goLive(studio);

  await page.getByLabel("Guest's name").fill('Li Wei');
  await page.getByRole('button', { name: 'Invite a guest' }).click();
  const link = await page.getByLabel('Guest link (valid ten minutes)').inputValue();
  expect(link).toMatch(/#server=ws%3A%2F%2F127\.0\.0\.1%3A\d+&invite=ey/);

  const guest = await context.newPage();
  await guest.goto(link);
  await guest.getByRole('button', { name: 'Join on camera' }).click();
  await expect(guest.getByRole('status').filter({ hasText: 'You are on stage' })).toBeVisible();

  await expect(page.getByText('Guests: Li Wei')).toBeVisible({ timeout: 15_000 });
  const centre = { x: 960, y: 700 };
  await expect
    .poll(async () => isCameraGreen(await programPixel(page, centre.x, centre.y)), { timeout: 15_000 })
    .toBe(true);

  const viewer = await context.newPage();
  await viewer.goto(await services.viewerPage.url());
  await expect.poll(async () => isCameraGreen(await viewerPixel(viewer)), { timeout: 15_000 }).toBe(true);

  // The guest leaves the stage: the studio's source goes back to waiting.
  await guest.getByRole('button', { name: 'Leave the stage' }).click();
  await expect(page.locator('.on-air')).toContainText('Waiting for video', { timeout: 15_000 });
});

test('a voice room sends sound only; viewer pages show who speaks, guests join by microphone', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'voice-room', { hostDisplayName: 'Mei' });
  await page.getByRole('combobox', { name: 'Room' }).selectOption('voice');
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await goLive(studio);
  await expect(page.getByRole('combobox', { name: 'Room' })).toBeDisabled();
  expect(live.sfu.publishedTracks().map((t) => t.kind)).toEqual(['audio']);
  // Speakers take turns: DTX saves the uplink between them; RED covers a lost packet.
  expect(live.sfu.publishedTracks()[0]).toMatchObject({ dtx: true, red: true });

  const viewer = await context.newPage();
  await viewer.goto(`${await services.viewerPage.url()}?market=mx`);
  const room = viewer.getByRole('region', { name: 'Sala de voz' });
  await expect(room).toContainText('Hablan: Mei', { timeout: 15_000 });
  await expect(viewer.locator('video')).toHaveCount(0);

  await page.getByLabel("Guest's name").fill('Carlos');
  await page.getByRole('button', { name: 'Invite a guest' }).click();
  const guest = await context.newPage();
  await guest.goto(`${await page.getByLabel('Guest link (valid ten minutes)').inputValue()}`);
  await guest.getByRole('button', { name: 'Join with your microphone' }).click();
  await expect(room).toContainText(/Hablan: .*Carlos|Hablan: .*Mei.*Carlos|Carlos.*Mei/, { timeout: 15_000 });
  await expect(page.getByText('Guests: Carlos')).toBeVisible({ timeout: 15_000 });
});
