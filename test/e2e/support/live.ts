import type { Settings } from '../../../src/shared/settings/settings';
import { TestSfu } from '../../sfu/testSfu';
import { silkScarf } from '../../support/products';
import { expect, test, type Studio } from '../harness/fixtures';

const apiKey = 'APIe2e';
const apiSecret = 'e2e-secret-of-a-reasonable-length-for-hs256-01';

/** A fresh test SFU for each test of the file (its credentials fixed); read `.sfu` inside a test. */
export function useTestSfu(): { readonly sfu: TestSfu; apiKey: string; apiSecret: string } {
  let current: TestSfu | undefined;
  test.beforeEach(async () => {
    current = new TestSfu({ apiKey, apiSecret });
    await current.start();
  });
  test.afterEach(() => current?.stop());
  return {
    get sfu() {
      if (!current) throw new Error('the SFU starts before each test');
      return current;
    },
    apiKey,
    apiSecret,
  };
}

/** Points the studio at the SFU (key in settings, secret in the secret store) with any other settings. */
export function configureLive(
  studio: Studio,
  sfu: TestSfu,
  room: string,
  settings: Partial<Settings> = {},
): void {
  studio.services.settings.update({
    livekitUrl: sfu.url,
    livekitApiKey: apiKey,
    livekitRoom: room,
    ...settings,
  });
  studio.services.secrets.set('livekitApiSecret', apiSecret);
}

/** Clicks "Go live" and waits for the status bar to say Live. */
export async function goLive(studio: Studio): Promise<void> {
  await studio.page.getByRole('button', { name: 'Go live' }).click();
  await expect(studio.page.getByRole('contentinfo').getByRole('status', { name: 'Show' })).toHaveText(
    'Live',
    {
      timeout: 15_000,
    },
  );
}

/**
 * The silk scarf in the catalog, a camera and the scarf's product card on the program, live on
 * the SFU in `room`: the show a viewer page test watches.
 */
export async function goLiveSellingScarf(studio: Studio, sfu: TestSfu, room: string): Promise<void> {
  configureLive(studio, sfu, room);
  studio.services.catalog.save(silkScarf);
  const addSource = studio.page.getByRole('combobox', { name: 'Add source' });
  await addSource.selectOption('camera');
  await addSource.selectOption('productCard');
  await studio.page.keyboard.press('Enter');
  await goLive(studio);
}
