import { startFacebookFake } from './facebookFake';
import { startTwitchFake } from './twitchFake';
import { startYoutubeFake } from './youtubeFake';

/** All three platforms' fakes at once, with the endpoints main is pointed at. */
export async function startPlatformFakes(
  onDeliver: {
    youtube?: NonNullable<Parameters<typeof startYoutubeFake>[0]>['onDeliver'];
    facebook?: NonNullable<Parameters<typeof startFacebookFake>[0]>['onDeliver'];
  } = {},
) {
  const [youtube, twitch, facebook] = await Promise.all([
    startYoutubeFake({ onDeliver: onDeliver.youtube }),
    startTwitchFake(),
    startFacebookFake({ onDeliver: onDeliver.facebook }),
  ]);
  return {
    youtube,
    twitch,
    facebook,
    endpoints: { ...youtube.endpoints, ...twitch.endpoints, ...facebook.endpoints },
    /** Only Google's consent page opens in a browser; anything else (Twitch's activation page) is noted. */
    openBrowser: async (url: string) => {
      if (url.startsWith(youtube.endpoints.googleAuthorize)) await youtube.openBrowser(url);
    },
    close: async () => {
      await Promise.all([youtube.close(), twitch.close(), facebook.close()]);
    },
  };
}
export type PlatformFakes = Awaited<ReturnType<typeof startPlatformFakes>>;
