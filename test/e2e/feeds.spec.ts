import type { Page } from '@playwright/test';
import { startRtspCamera, type RtspCamera } from '../support/rtsp/rtspCamera';
import { expect, test } from './harness/fixtures';
import { canvasPixel, isCameraGreen, programPixel, type Rgb } from './support/pixels';

/** The branded slate's dark-blue background (never a frozen camera picture). */
const isSlate = (p: Rgb): boolean => p.b > p.g && p.b > 25 && p.g < 80 && p.r < 80;
// Inside the item wherever it is placed (new items start at the top-left corner).
const centre = { x: 200, y: 200 };

let cameras: RtspCamera[] = [];
test.afterEach(async () => {
  await Promise.all(cameras.map((c) => c.dispose()));
  cameras = [];
});

async function addNetworkCamera(page: Page, url: string, login?: { user: string; password: string }) {
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('networkFeed');
  const form = page.getByRole('form', { name: 'Network camera' });
  await form.getByLabel('Camera address').fill(url);
  if (login) {
    await form.getByLabel('User name').fill(login.user);
    await form.getByLabel('Password').fill(login.password);
  }
  await form.getByRole('button', { name: 'Save camera' }).click();
  await expect(form.getByText('Camera saved.')).toBeVisible();
  return form;
}

test('a factory camera over RTSP goes on air, shows the reconnecting slate when it drops, and comes back by itself', async ({
  studio,
}) => {
  const cam = await startRtspCamera();
  cameras.push(cam);
  const { page } = studio;
  const form = await addNetworkCamera(page, cam.url);

  await expect
    .poll(async () => isCameraGreen(await canvasPixel(page, 'Preview', centre.x, centre.y)), {
      timeout: 15_000,
    })
    .toBe(true);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => isCameraGreen(await programPixel(page, centre.x, centre.y)), { timeout: 5000 })
    .toBe(true);
  const health = form.getByLabel('Camera health');
  await expect(health.getByRole('status')).toHaveText('Live.');
  await expect(health).toContainText('1280 × 720');
  await expect(health).toContainText('h264');

  // The camera dies: viewers get the slate, not a frozen picture.
  await cam.kill();
  await expect
    .poll(async () => isSlate(await programPixel(page, centre.x, centre.y)), { timeout: 3000 })
    .toBe(true);
  await expect(health.getByRole('status')).toHaveText(/Reconnecting…|No picture for a moment/);
  await expect(page.locator('.on-air')).toContainText('Reconnecting to the camera');

  // It comes back: the picture returns with no one touching anything.
  await cam.start();
  await expect
    .poll(async () => isCameraGreen(await programPixel(page, centre.x, centre.y)), { timeout: 15_000 })
    .toBe(true);
  await expect(health.getByRole('status')).toHaveText('Live.');
});

test('wrong camera credentials are reported in words; a malformed address is refused before saving', async ({
  studio,
}) => {
  const cam = await startRtspCamera({ user: 'dock', password: 'right' });
  cameras.push(cam);
  const { page } = studio;
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('networkFeed');
  const form = page.getByRole('form', { name: 'Network camera' });
  await form.getByLabel('Camera address').fill('rtsp://dock:right@127.0.0.1/cam');
  await expect(form.getByText('Remove the user name and password from the address')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save camera' })).toBeDisabled();
  await form.getByLabel('Camera address').fill('ftp://127.0.0.1/cam');
  await expect(form.getByText('Use an rtsp://, rtsps://')).toBeVisible();

  await form.getByLabel('Camera address').fill(cam.url);
  await form.getByLabel('User name').fill('dock');
  await form.getByLabel('Password').fill('wrong');
  await form.getByRole('button', { name: 'Save camera' }).click();
  const health = form.getByLabel('Camera health');
  await expect(health).toContainText('The camera refused the user name or password.', { timeout: 15_000 });
  await expect(health.getByRole('status')).toHaveText('Stopped.');
  await expect.poll(async () => isSlate(await canvasPixel(page, 'Preview', centre.x, centre.y))).toBe(true);

  await form.getByLabel('Password').fill('right');
  await form.getByRole('button', { name: 'Save camera' }).click();
  await expect
    .poll(async () => isCameraGreen(await canvasPixel(page, 'Preview', centre.x, centre.y)), {
      timeout: 15_000,
    })
    .toBe(true);
});
