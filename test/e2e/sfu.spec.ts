import { test as base, expect, type Page } from '@playwright/test';
import { AccessToken } from 'livekit-server-sdk';
import { startClientPageServer } from '../sfu/clientPageServer';
import { TestSfu } from '../sfu/testSfu';

const apiKey = 'APItestsfu';
const apiSecret = 'test-sfu-secret-of-a-reasonable-length-0001';

async function token(identity: string, canPublish: boolean, secret = apiSecret): Promise<string> {
  const t = new AccessToken(apiKey, secret, { identity });
  t.addGrant({ room: 'show', roomJoin: true, canPublish, canSubscribe: true, canPublishData: true });
  return t.toJwt();
}

const test = base.extend<{ sfu: TestSfu; pages: { origin: string } }>({
  // eslint-disable-next-line no-empty-pattern
  sfu: async ({}, use) => {
    const sfu = new TestSfu({ apiKey, apiSecret });
    await sfu.start();
    await use(sfu);
    await sfu.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  pages: async ({}, use) => {
    const server = await startClientPageServer();
    await use(server);
    await server.close();
  },
});

async function join(page: Page, origin: string, url: string, jwt: string): Promise<void> {
  await page.goto(origin);
  await page.evaluate(
    async ({ url, jwt }) => {
      const lk = await import('/livekit-client.mjs' as string);
      const room = new lk.Room();
      const w = window as unknown as Record<string, unknown>;
      w['lk'] = lk;
      w['room'] = room;
      w['received'] = [];
      room.on(lk.RoomEvent.DataReceived, (payload: Uint8Array, from?: { identity: string }) =>
        (w['received'] as string[]).push(`${new TextDecoder().decode(payload)}|${from?.identity ?? ''}`),
      );
      await room.connect(url, jwt);
    },
    { url, jwt },
  );
}

test('the real livekit-client joins the test SFU, publishes simulcast video, and a second page decodes it', async ({
  sfu,
  pages,
  page,
  context,
}) => {
  await join(page, pages.origin, sfu.url, await token('host', true));
  await page.evaluate(async () => {
    const w = window as unknown as {
      room: { localParticipant: { publishTrack(t: MediaStreamTrack, o: object): Promise<unknown> } };
    };
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
    await w.room.localParticipant.publishTrack(stream.getVideoTracks()[0] as MediaStreamTrack, {
      simulcast: true,
    });
  });

  const viewer = await context.newPage();
  await join(viewer, pages.origin, sfu.url, await token('viewer', false));
  const picture = await viewer.evaluate(async () => {
    const w = window as unknown as {
      room: {
        remoteParticipants: Map<
          string,
          {
            identity: string;
            videoTrackPublications: Map<string, { track?: { attach(): HTMLVideoElement } }>;
          }
        >;
      };
    };
    const deadline = performance.now() + 10_000;
    for (;;) {
      const host = [...w.room.remoteParticipants.values()][0];
      const track = host && [...host.videoTrackPublications.values()][0]?.track;
      if (track) {
        const { pictureOf } = await import('/picture.mjs' as string);
        return { from: host.identity, ...(await pictureOf(track, [0.01, 0.01])) };
      }
      if (performance.now() > deadline) throw new Error('no video subscribed');
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  expect(picture.from).toBe('host');
  expect(picture.width).toBeGreaterThan(0);
  // Chromium's fake camera paints a green background.
  expect(picture.g).toBeGreaterThan(100);
  expect(picture.r).toBeLessThan(100);

  // Data both ways, stamped with the sender's identity by the SFU.
  await page.evaluate(() =>
    (
      window as unknown as {
        room: { localParticipant: { publishData(d: Uint8Array, o: object): Promise<void> } };
      }
    ).room.localParticipant.publishData(new TextEncoder().encode('featured:scarf'), { reliable: true }),
  );
  await viewer.evaluate(() =>
    (
      window as unknown as {
        room: { localParticipant: { publishData(d: Uint8Array, o: object): Promise<void> } };
      }
    ).room.localParticipant.publishData(new TextEncoder().encode('¿envían a México?'), { reliable: true }),
  );
  await expect
    .poll(() => viewer.evaluate(() => (window as unknown as { received: string[] }).received))
    .toEqual(['featured:scarf|host']);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { received: string[] }).received))
    .toEqual(['¿envían a México?|viewer']);
});

test('a token signed with the wrong secret is refused', async ({ sfu, pages, page }) => {
  await page.goto(pages.origin);
  const wrong = await token('host', true, 'another-secret-that-the-sfu-does-not-know-01');
  const error = await page.evaluate(
    async ({ url, jwt }) => {
      const lk = await import('/livekit-client.mjs' as string);
      try {
        await new lk.Room().connect(url, jwt, { maxRetries: 0 });
        return 'connected';
      } catch (e) {
        return String(e);
      }
    },
    { url: sfu.url, jwt: wrong },
  );
  expect(error).not.toBe('connected');
});
