import { TestSfu } from '../sfu/testSfu';
import { startTokenEndpoint } from '../support/livekit/tokenEndpoint';
import { expect, test } from './harness/fixtures';
import { isCameraGreen } from './support/pixels';
import { viewerPixel } from './support/viewerPage';

const apiKey = 'APIsettings';
const apiSecret = 'live-settings-secret-of-a-reasonable-length-01';

let sfu: TestSfu;
test.beforeEach(async () => {
  sfu = new TestSfu({ apiKey, apiSecret });
  await sfu.start();
});
test.afterEach(() => sfu.stop());

test('LiveKit settings: the connection test says what is wrong in words, for a key and secret or a shop’s token endpoint', async ({
  studio,
}) => {
  const { page } = studio;
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Server URL').fill(sfu.url);
  await page.getByLabel('API key', { exact: true }).fill(apiKey);
  const test = page.getByRole('button', { name: 'Test connection' });
  await expect(test).toBeDisabled();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByLabel('API secret').fill('not-the-secret-the-server-knows-00000000001');
  await page.getByLabel('API secret').locator('..').getByRole('button', { name: 'Save' }).click();

  await test.click();
  await expect(page.getByRole('alert')).toContainText('The LiveKit server refused the studio');
  await page.getByLabel('API secret').fill(apiSecret);
  await page.getByLabel('API secret').locator('..').getByRole('button', { name: 'Save' }).click();
  await test.click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Connected' })).toContainText(
    /Connected to .*ws:\/\/127\.0\.0\.1:\d+.*: the token was accepted in \d+ ms\./,
  );

  // The production way: the shop's backend hands out tokens; the studio keeps only its key.
  const endpoint = await startTokenEndpoint({ serverUrl: sfu.url, apiKey, apiSecret, key: 'shop-key-1' });
  try {
    await page.getByLabel('Tokens from').selectOption('tokenEndpoint');
    await expect(page.getByLabel('Server URL')).toBeHidden();
    await page.getByLabel('Token endpoint', { exact: true }).fill(endpoint.url);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await test.click();
    await expect(page.getByRole('alert')).toContainText('The LiveKit server refused the studio');
    await page.getByLabel('Token endpoint key (optional)').fill('shop-key-1');
    await page
      .getByLabel('Token endpoint key (optional)')
      .locator('..')
      .getByRole('button', { name: 'Save' })
      .click();
    await test.click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
    expect(endpoint.requests.at(-1)).toMatchObject({ room_name: 'crosslive-show' });

    await page.getByLabel('Token endpoint', { exact: true }).fill('http://127.0.0.1:9/nothing-here');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await test.click();
    await expect(page.getByRole('alert')).toContainText('The LiveKit server cannot be reached');
  } finally {
    await endpoint.close();
  }
});

test('a show goes out in the chosen codec and bitrate, through the shop’s token endpoint', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  const endpoint = await startTokenEndpoint({ serverUrl: sfu.url, apiKey, apiSecret, key: 'k' });
  services.settings.update({
    livekitAuth: 'tokenEndpoint',
    livekitTokenEndpoint: endpoint.url,
    livekitRoom: 'vp9-show',
  });
  services.secrets.set('livekitTokenEndpointKey', 'k');
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const codec = page.getByLabel('Video codec');
  await expect(codec.getByRole('option')).toHaveText(['H.264', 'VP8', 'VP9', 'AV1']);
  await codec.selectOption('vp9');
  await page.getByLabel('Bitrate').selectOption({ label: 'High · 6 Mb/s' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.getByRole('button', { name: 'Go live' }).click();
  await expect(page.getByRole('contentinfo').getByRole('status', { name: 'Show' })).toHaveText('Live', {
    timeout: 15_000,
  });
  // The server rates the studio's link; on loopback it is excellent.
  await expect(page.getByRole('contentinfo').getByLabel('Show statistics')).toContainText('link excellent', {
    timeout: 10_000,
  });

  // A viewer (its token from the studio's viewer page server) decodes the VP9 program.
  const viewer = await context.newPage();
  await viewer.goto(await services.viewerPage.url());
  await expect.poll(async () => isCameraGreen(await viewerPixel(viewer)), { timeout: 15_000 }).toBe(true);
  expect(sfu.publishedTracks()).toContainEqual(
    expect.objectContaining({
      identity: 'studio',
      name: 'program',
      kind: 'video',
      mimeType: 'video/VP9',
    }),
  );
  await endpoint.close();
});

test('Go live says in words what is still missing, the secret included, and is ready once it is stored', async ({
  studio,
}) => {
  const { page, services } = studio;
  services.settings.update({ livekitUrl: sfu.url, livekitApiKey: apiKey, livekitRoom: 'readiness' });
  const goLive = page.getByRole('button', { name: 'Go live' });
  await expect(goLive).toBeDisabled();
  await expect(goLive).toHaveAccessibleDescription('Before going live, enter in Settings: the API secret.');

  // Stored from main's side, as the Settings panel does: the button follows at once (secrets:onChanged).
  services.secrets.set('livekitApiSecret', apiSecret);
  await expect(goLive).toBeEnabled({ timeout: 10_000 });
  await expect(page.getByText('Before going live')).toBeHidden();
});
