import type { Page } from '@playwright/test';

/**
 * Joins the room from a page of the client page server (test/sfu/clientPageServer.ts) as a plain
 * livekit-client viewer and shows the program; resolves with its first picture and who publishes.
 * The room and the library stay on the page as `viewerRoom` and `lk` for later steps.
 */
export function watchProgram(page: Page, url: string, jwt: string) {
  return page.evaluate(
    async ({ url, jwt }) => {
      const lk = await import('/livekit-client.mjs' as string);
      const room = new lk.Room();
      const subscribed = new Promise<{ attach(): HTMLVideoElement }>((resolve) =>
        room.on(lk.RoomEvent.TrackSubscribed, (track: { kind: string; attach(): HTMLVideoElement }) => {
          if (track.kind === 'video') resolve(track);
        }),
      );
      await room.connect(url, jwt);
      Object.assign(window, { viewerRoom: room, lk });
      const { pictureOf } = await import('/picture.mjs' as string);
      const seen = (await pictureOf(await subscribed)) as { width: number; r: number; g: number; b: number };
      return {
        ...seen,
        host: [...room.remoteParticipants.values()].map((p: { identity: string }) => p.identity),
      };
    },
    { url, jwt },
  );
}
