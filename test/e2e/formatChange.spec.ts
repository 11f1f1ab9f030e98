import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AccessToken } from 'livekit-server-sdk';
import { startClientPageServer } from '../sfu/clientPageServer';
import { expect, test } from './harness/fixtures';
import { watchProgram } from './support/clientViewer';
import { configureLive, goLive, useTestSfu } from './support/live';

const live = useTestSfu();

const viewerSees = (viewer: Page) =>
  viewer.evaluate(async () => {
    const picture = await import('/picture.mjs' as string);
    return {
      ...(picture.lastPicture() as { width: number; g: number }),
      frames: picture.framesShown() as number,
    };
  });

test('the output format does not change under a live show: Settings says why, a change made elsewhere waits for the end, and viewers, cuts and the backup carry on', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  // High quality: the top layer is the output size (standard stops at 720p).
  configureLive(studio, live.sfu, 'format-show', {
    outputResolution: '1280x720',
    outputFps: 30,
    liveQuality: 'high',
  });
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  // A second, empty scene waits in preview: a cut to it turns the viewers' picture black.
  await page.getByRole('button', { name: 'Add scene' }).click();
  await goLive(studio);
  const status = page.getByRole('contentinfo');
  await expect(status).toContainText('1280 × 720');

  const pages = await startClientPageServer();
  const token = new AccessToken(live.apiKey, live.apiSecret, { identity: 'viewer-format' });
  token.addGrant({ room: 'format-show', roomJoin: true, canPublish: false, canSubscribe: true });
  const viewer = await context.newPage();
  try {
    await viewer.goto(pages.origin);
    const first = await watchProgram(viewer, live.sfu.url, await token.toJwt());
    expect(first.width).toBeGreaterThan(0);
    // The studio announces the program at the output size (the test SFU forwards its first layer).
    const announced = () => live.sfu.publishedTracks().filter((t) => t.kind === 'video');
    expect(announced()).toMatchObject([{ width: 1280, height: 720 }]);
    await expect.poll(async () => (await viewerSees(viewer)).g, { timeout: 10_000 }).toBeGreaterThan(100);

    // In Settings the format is locked while on air, and says why.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Output resolution')).toBeDisabled();
    await expect(page.getByLabel('Frames per second')).toBeDisabled();
    await expect(
      page.getByText('The output format can be changed once the show and the backup recording have ended.'),
    ).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();

    // Another window of the studio saves a new format mid-show: this show keeps its own.
    const recordings = join(studio.dataDir, 'recordings');
    const backupSize = () => statSync(join(recordings, readdirSync(recordings)[0] ?? '')).size;
    const sizeBefore = backupSize();
    const framesBefore = (await viewerSees(viewer)).frames;
    services.settings.update({ outputResolution: '1920x1080' });
    await page.waitForTimeout(2000);
    await expect(status.getByRole('status', { name: 'Show' })).toHaveText('Live');
    await expect(status).toContainText('1280 × 720');
    await expect(status).toContainText(/1920 × 1080\W+· 30 fps after the show/);
    const moving = await viewerSees(viewer);
    expect(moving.width).toBe(first.width);
    expect(announced()).toMatchObject([{ width: 1280, height: 720 }]);
    expect(moving.frames).toBeGreaterThan(framesBefore + 20);
    // A cut made after the change still reaches viewers; the backup keeps growing.
    await page.getByRole('button', { name: 'Cut' }).click();
    await expect.poll(async () => (await viewerSees(viewer)).g, { timeout: 10_000 }).toBeLessThan(30);
    await expect.poll(backupSize, { timeout: 5000 }).toBeGreaterThan(sizeBefore + 20_000);

    // Once the show and its backup have ended, the new format applies, and the next show has it.
    await page.getByRole('button', { name: 'End show' }).click();
    await expect(status.getByRole('status', { name: 'Show' })).toHaveText('Offline');
    await expect(status).toContainText('1280 × 720');
    await page.getByRole('button', { name: 'Stop backup' }).click();
    await expect(status).toContainText(/1920 × 1080\W+· 30 fps/);
    await expect(status).not.toContainText('after the show');
    await goLive(studio);
    const again = await context.newPage();
    await again.goto(pages.origin);
    const token2 = new AccessToken(live.apiKey, live.apiSecret, { identity: 'viewer-format-2' });
    token2.addGrant({ room: 'format-show', roomJoin: true, canPublish: false, canSubscribe: true });
    expect((await watchProgram(again, live.sfu.url, await token2.toJwt())).width).toBeGreaterThan(0);
    // One studio in the room, publishing one program, at the new size.
    expect(announced()).toMatchObject([{ width: 1920, height: 1080 }]);
  } finally {
    await pages.close();
  }
});
