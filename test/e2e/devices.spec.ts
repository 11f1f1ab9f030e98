import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { newDestination } from '../../src/shared/outputs/destination';
import { isCameraGreen, programPixel } from './support/pixels';

const cameraPoint = { x: 200, y: 540 };

/** Keeps every camera track the studio opens from now on, as `window.__liveCameraTracks`. */
async function keepCameraTracks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __liveCameraTracks: MediaStreamTrack[] }).__liveCameraTracks = tracks;
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      tracks.push(...stream.getVideoTracks());
      return stream;
    };
  });
}

test('an unplugged camera shows the disconnected slate, then returns by itself when plugged in', async ({
  studio,
}) => {
  const { page } = studio;
  // Keeps the camera tracks the studio opens, so the test can unplug them.
  await keepCameraTracks(page);
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await expect
    .poll(async () => isCameraGreen(await programPixel(page, cameraPoint.x, cameraPoint.y)))
    .toBe(true);

  // Unplugging, as Chromium reports it: the track ends and says so.
  await page.evaluate(() => {
    const tracks =
      (window as unknown as { __liveCameraTracks?: MediaStreamTrack[] }).__liveCameraTracks ?? [];
    for (const track of tracks) {
      track.stop();
      track.dispatchEvent(new Event('ended'));
    }
  });
  const sources = page.getByRole('list', { name: 'Sources' });
  await expect(sources).toContainText('Disconnected: waiting for the device to return');
  // The slate, not a frozen frame: the studio's navy instead of the camera's green.
  await expect
    .poll(async () => {
      const p = await programPixel(page, cameraPoint.x, cameraPoint.y);
      return p.b > p.g && p.b > p.r;
    })
    .toBe(true);
  await expect(page.locator('.on-air')).toContainText('Camera disconnected');

  // Plugging back in: the OS announces a device change; no click needed.
  await page.evaluate(() => navigator.mediaDevices.dispatchEvent(new Event('devicechange')));
  await expect
    .poll(async () => isCameraGreen(await programPixel(page, cameraPoint.x, cameraPoint.y)))
    .toBe(true);
  await expect(sources).not.toContainText('Disconnected');
});

test('a new camera is captured at the size the show draws it, and its properties say when it is larger or smaller', async ({
  studio,
}) => {
  const { page, services } = studio;
  services.settings.update({ outputResolution: '1280x720' });
  await expect(page.getByRole('contentinfo')).toContainText('1280 × 720');
  // Keeps the camera tracks the studio opens, to read the size each really captures at.
  await keepCameraTracks(page);
  const newestCapture = () =>
    page.evaluate(() => {
      const tracks = (window as unknown as { __liveCameraTracks: MediaStreamTrack[] }).__liveCameraTracks;
      const settings = tracks.at(-1)?.getSettings();
      return settings && `${settings.width}x${settings.height}`;
    });
  const addSource = page.getByRole('combobox', { name: 'Add source' });
  const resolution = page.getByRole('combobox', { name: 'Resolution' });
  const hint = page.locator('#camera-size-hint');

  // A 1280 × 720 program: the camera opens at 1280 × 720, and nothing needs saying.
  await addSource.selectOption('camera');
  await expect(resolution).toHaveValue('1280x720');
  await expect.poll(newestCapture).toBe('1280x720');
  await expect(hint).toHaveCount(0);
  await expect
    .poll(async () => isCameraGreen(await programPixel(page, cameraPoint.x, cameraPoint.y)))
    .toBe(true);

  // The host asks for more: the camera opens again at that size, and the cost is explained.
  await resolution.selectOption('1920x1080');
  await expect.poll(newestCapture).toBe('1920x1080');
  await expect(hint).toHaveText(
    'The show’s pictures are up to \u20681280 × 720\u2069: a larger capture is sharper only when cropped or zoomed, and costs processor time.',
  );
  await expect(resolution).toHaveAttribute('aria-describedby', 'camera-size-hint');

  // A phone destination fills 720 × 1280 from the camera's height: the next camera opens at 1920 × 1080.
  services.outputs.save({
    destination: {
      ...newDestination('phone', 'tiktok', 'br', 'TikTok Brasil'),
      serverUrl: 'rtmp://127.0.0.1/live',
    },
    streamKey: 'live-key',
    srtPassphrase: null,
  });
  await addSource.selectOption('camera');
  await expect(resolution).toHaveValue('1920x1080');
  await expect.poll(newestCapture).toBe('1920x1080');
  await expect(hint).toHaveCount(0);
  // Set smaller than that, it is said to be enlarged.
  await resolution.selectOption('1280x720');
  await expect(hint).toHaveText(
    'The show’s pictures are up to \u20681920 × 1080\u2069: at this size the camera is enlarged.',
  );
});
