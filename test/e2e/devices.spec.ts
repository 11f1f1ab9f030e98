import { expect, test } from './harness/fixtures';
import { isCameraGreen, programPixel } from './support/pixels';

const cameraPoint = { x: 200, y: 540 };

test('an unplugged camera shows the disconnected slate, then returns by itself when plugged in', async ({
  studio,
}) => {
  const { page } = studio;
  // Keeps the camera tracks the studio opens, so the test can unplug them.
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
