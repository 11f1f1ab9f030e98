import { egressApiFake, type EgressApiFake } from '../support/livekit/egressTwirp';
import { TestSfu } from '../sfu/testSfu';
import { expect, test } from './harness/fixtures';
import { configureLive, goLive } from './support/live';

const apiKey = 'APIrestream';
const apiSecret = 'restream-secret-of-a-reasonable-length-0001';

let sfu: TestSfu;
let egress: EgressApiFake;
test.beforeEach(async () => {
  egress = egressApiFake(apiKey, apiSecret);
  // One server, as LiveKit's: the room's signalling and the Egress API on the same address.
  sfu = new TestSfu({ apiKey, apiSecret, otherRequests: (req, res) => egress.handle(req, res) });
  await sfu.start();
});
test.afterEach(() => sfu.stop());

test('a destination sent by the LiveKit server waits for the show, then the studio uploads the variant to the room once, and Egress restreams it', async ({
  studio,
}) => {
  const { page, services } = studio;
  configureLive(studio, sfu, 'factory-show');
  services.settings.update({ livekitApiKey: apiKey });
  services.secrets.set('livekitApiSecret', apiSecret);
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.keyboard.press('Enter');

  const dock = page.getByRole('region', { name: 'Destinations' });
  await dock.getByRole('combobox', { name: 'Platform' }).selectOption('customRtmp');
  await dock.getByRole('button', { name: 'Add destination' }).click();
  const form = page.getByRole('form', { name: /^Destination / });
  await form.getByLabel('Name').fill('Shop over 4G');
  await form.getByLabel('Server address').fill('rtmp://ingest.example.com/live');
  await form.getByLabel('Stream key', { exact: true }).fill('shop-key');
  await form.getByLabel('Canvas').selectOption('1280x720');
  await form.getByLabel('Sent from').selectOption('server');
  await form.getByRole('button', { name: 'Save destination' }).click();

  const row = dock.getByRole('listitem', { name: 'Shop over 4G' });
  await row.getByRole('button', { name: 'Start' }).click();
  // Started before the show: the server has nothing to send yet, and the row says what it waits for.
  await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'connecting');
  await expect(row).toContainText('Waiting for the show');
  expect(egress.calls.map((c) => c.method)).not.toContain('StartTrackCompositeEgress');

  await goLive(studio);
  await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  await expect(row).not.toContainText('Waiting for the show');
  await expect(row).toContainText('Sent by the LiveKit server');

  // The variant is one more track of the studio in the room, at the destination's size.
  await expect
    .poll(() => sfu.publishedTracks().filter((t) => t.name.startsWith('variant:')))
    .toEqual([expect.objectContaining({ kind: 'video', width: 1280, height: 720 })]);
  const start = egress.calls.find((c) => c.method === 'StartTrackCompositeEgress');
  expect(start?.body).toMatchObject({
    roomName: 'factory-show',
    videoTrackId: expect.stringMatching(/^TR_/),
    audioTrackId: expect.stringMatching(/^TR_/),
    streamOutputs: [{ protocol: 'RTMP', urls: ['rtmp://ingest.example.com/live/shop-key'] }],
  });

  await row.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => egress.calls.map((c) => c.method)).toContain('StopEgress');
  expect(services.outputs.state().variants).toEqual([]);
  await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'off');
});
