import { AccessToken } from 'livekit-server-sdk';
import { startClientPageServer } from '../sfu/clientPageServer';
import { TestSfu } from '../sfu/testSfu';
import { expect, test } from './harness/fixtures';
import { watchProgram } from './support/clientViewer';
import type { Page } from '@playwright/test';

const apiKey = 'APIgolive';
const apiSecret = 'go-live-secret-of-a-reasonable-length-0001';

let sfu: TestSfu;
let pages: Awaited<ReturnType<typeof startClientPageServer>>;
test.beforeEach(async () => {
  sfu = new TestSfu({ apiKey, apiSecret });
  await sfu.start();
  pages = await startClientPageServer();
});
test.afterEach(async () => {
  await sfu.stop();
  await pages.close();
});

test('the studio goes live on LiveKit, a viewer decodes the program, a server drop is ridden out by itself, End takes it off air', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  services.settings.update({ livekitUrl: sfu.url, livekitApiKey: apiKey, livekitRoom: 'factory-show' });
  services.secrets.set('livekitApiSecret', apiSecret);
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.keyboard.press('Enter'); // the camera to program

  await page.getByRole('button', { name: 'Go live' }).click();
  const state = page.getByRole('contentinfo').getByRole('status', { name: 'Show' });
  await expect(state).toHaveText('Live', { timeout: 15_000 });
  // Going live starts the local backup too.
  await expect(page.getByRole('contentinfo').getByLabel('Backup recording')).toContainText('REC');
  // Both halves of the studio in main's log: the renderer's lifecycle lines reach it.
  const logged = (scope: string, message: string) =>
    services.logger.entries.some((e) => e.scope === scope && e.message === message);
  await expect.poll(() => logged('renderer.live', 'show live')).toBe(true);
  await expect.poll(() => logged('renderer.backup', 'backup recording started')).toBe(true);

  const viewerToken = new AccessToken(apiKey, apiSecret, { identity: 'viewer-mx' });
  viewerToken.addGrant({ room: 'factory-show', roomJoin: true, canPublish: false, canSubscribe: true });
  const viewer = await context.newPage();
  await viewer.goto(pages.origin);
  const picture = await watchProgram(viewer, sfu.url, await viewerToken.toJwt());
  expect(picture.width).toBeGreaterThan(0);
  expect(picture.host).toEqual(['studio']);
  // The program shows Chromium's fake camera (once it has started), green where its pattern leaves it.
  await expect
    .poll(
      async () => {
        const now = (await viewer.evaluate(() =>
          import('/picture.mjs' as string).then((m: { lastPicture(): unknown }) => m.lastPicture()),
        )) as { g: number };
        return now.g;
      },
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThan(100);
  // VP8 unless the host chooses otherwise: it holds best on a lossy uplink (settings.ts).
  expect(sfu.publishedTracks()).toContainEqual(
    expect.objectContaining({
      identity: 'studio',
      name: 'program',
      kind: 'video',
      mimeType: 'video/VP8',
    }),
  );
  // A show's mix carries music and product sounds: no DTX to cut their quiet passages; RED on.
  expect(sfu.publishedTracks()).toContainEqual(
    expect.objectContaining({ identity: 'studio', kind: 'audio', dtx: false, red: true }),
  );
  // The sound reaches the viewer too, and keeps coming.
  const before = await soundPacketsReceived(viewer);
  await expect.poll(() => soundPacketsReceived(viewer), { timeout: 5_000 }).toBeGreaterThan(before + 25);
  // The status bar counts the viewer and shows what goes out.
  const figures = page.getByRole('contentinfo').getByLabel('Show statistics');
  await expect(figures).toContainText('viewers 1');
  await expect(figures).toContainText(/↑ [1-9]\d* kb\/s · [1-9]\d* fps/);

  // Resolves in the viewer page with the width of the next program picture it decodes.
  const awaitProgram = () =>
    viewer.evaluate(() => {
      const w = window as unknown as {
        viewerRoom: {
          on(event: string, cb: (track: { kind: string; attach(): HTMLVideoElement }) => void): void;
        };
        lk: { RoomEvent: { TrackSubscribed: string } };
        backOnAir: Promise<number>;
      };
      w.backOnAir = new Promise((resolve) =>
        w.viewerRoom.on(w.lk.RoomEvent.TrackSubscribed, (track) => {
          if (track.kind !== 'video') return;
          void import('/picture.mjs' as string).then(({ pictureOf }) =>
            pictureOf(track).then((seen: { width: number }) => resolve(seen.width)),
          );
        }),
      );
    });
  // The server drops the studio: it reconnects and is live again by itself, and viewers get the program back.
  await awaitProgram();
  sfu.askToReconnect('studio');
  // On loopback the reconnection can be over between two looks at the status chip: the studio's
  // own log of its show's lifecycle says it went through it.
  await expect.poll(() => logged('renderer.live', 'show reconnecting'), { timeout: 5000 }).toBe(true);
  await expect(state).toHaveText('Live', { timeout: 20_000 });
  expect(
    await viewer.evaluate(() => (window as unknown as { backOnAir: Promise<number> }).backOnAir),
  ).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'End show' }).click();
  await expect(state).toHaveText('Offline');
  await expect.poll(() => logged('renderer.live', 'show offline')).toBe(true);

  // The next show sends the same program again (ending one must not stop the studio's picture).
  await awaitProgram();
  await page.getByRole('button', { name: 'Go live' }).click();
  await expect(state).toHaveText('Live', { timeout: 15_000 });
  expect(
    await viewer.evaluate(() => (window as unknown as { backOnAir: Promise<number> }).backOnAir),
  ).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'End show' }).click();
  await expect(state).toHaveText('Offline');
});

test('waiting for "Go live", the studio holds the show back in the room: published muted, not one packet sent, until the click', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  services.settings.update({ livekitUrl: sfu.url, livekitApiKey: apiKey, livekitRoom: 'held-show' });
  services.secrets.set('livekitApiSecret', apiSecret);
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ready to go live')).toBeVisible({ timeout: 15_000 });

  const viewerToken = new AccessToken(apiKey, apiSecret, { identity: 'early-viewer' });
  viewerToken.addGrant({ room: 'held-show', roomJoin: true, canPublish: false, canSubscribe: true });
  const viewer = await context.newPage();
  await viewer.goto(pages.origin);
  const early = await viewer.evaluate(
    async ({ url, jwt }) => {
      const lk = await import('/livekit-client.mjs' as string);
      const room = new lk.Room();
      type Video = { kind: string; isMuted: boolean; attach(): HTMLVideoElement };
      const subscribed = new Promise<Video>((resolve) =>
        room.on(lk.RoomEvent.TrackSubscribed, (track: Video) => {
          if (track.kind === 'video') resolve(track);
        }),
      );
      await room.connect(url, jwt);
      const track = await subscribed;
      Object.assign(window, { heldTrack: track });
      return { muted: track.isMuted };
    },
    { url: sfu.url, jwt: await viewerToken.toJwt() },
  );
  // The viewer already has the program's track, muted; the server has not had a single packet of it.
  expect(early.muted).toBe(true);
  await page.waitForTimeout(1500);
  expect(sfu.publicationState('studio')).toEqual(
    expect.arrayContaining([
      { kind: 'video', muted: true, packets: 0 },
      { kind: 'audio', muted: true, packets: 0 },
    ]),
  );
  await expect(page.getByRole('contentinfo').getByRole('status', { name: 'Show' })).toHaveText('Offline');

  await page.getByRole('button', { name: 'Go live' }).click();
  await expect(page.getByRole('contentinfo').getByRole('status', { name: 'Show' })).toHaveText('Live');
  await expect(page.getByText('Ready to go live')).toBeHidden();
  // The same track plays on the viewer's side: no new subscription was needed.
  const picture = await viewer.evaluate(async () => {
    const { pictureOf } = await import('/picture.mjs' as string);
    const track = (window as unknown as { heldTrack: { isMuted: boolean } }).heldTrack;
    const seen = await pictureOf(track);
    return { width: seen.width as number, muted: track.isMuted };
  });
  expect(picture).toEqual({ width: expect.any(Number), muted: false });
  expect(picture.width).toBeGreaterThan(0);
  await expect
    .poll(() => sfu.publicationState('studio').filter((t) => !t.muted && t.packets > 0).length)
    .toBe(2);
});

test('a wrong API secret is explained, and the show stays off air', async ({ studio }) => {
  const { page, services } = studio;
  services.settings.update({ livekitUrl: sfu.url, livekitApiKey: apiKey });
  services.secrets.set('livekitApiSecret', 'not-the-secret-the-server-knows-000000001');
  await page.getByRole('button', { name: 'Go live' }).click();
  await expect(page.getByText('The LiveKit server refused the studio')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('contentinfo').getByRole('status', { name: 'Show' })).toHaveText('Not live');
});

/** RTP packets of sound the viewer's livekit-client room has received so far. */
function soundPacketsReceived(viewer: Page): Promise<number> {
  return viewer.evaluate(async () => {
    type Publication = { track?: { receiver?: RTCRtpReceiver } };
    const room = (
      window as unknown as {
        viewerRoom: { remoteParticipants: Map<string, { audioTrackPublications: Map<string, Publication> }> };
      }
    ).viewerRoom;
    let packets = 0;
    for (const participant of room.remoteParticipants.values())
      for (const publication of participant.audioTrackPublications.values())
        (await publication.track?.receiver?.getStats())?.forEach(
          (stat: { type: string; packetsReceived?: number }) => {
            if (stat.type === 'inbound-rtp') packets += stat.packetsReceived ?? 0;
          },
        );
    return packets;
  });
}
