import { afterEach, describe, expect, it } from 'vitest';
import { startEgressTwirp } from '../../support/livekit/egressTwirp';
import { buildServices } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';
import { saveDestination, statusOf, until } from './outputHarness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function restreamingStudio() {
  const twirp = await startEgressTwirp('APIkey', 'api-secret-long-enough-for-hs256');
  const dir = makeTempDir();
  const services = buildServices(dir.path);
  services.settings.update({
    livekitUrl: twirp.url.replace('http:', 'ws:'),
    livekitApiKey: 'APIkey',
    livekitRoom: 'factory-show',
    livekitAuth: 'apiKey',
  });
  services.secrets.set('livekitApiSecret', 'api-secret-long-enough-for-hs256');
  cleanups.push(async () => {
    await services.outputs.close();
    services.close();
    dir.remove();
    await twirp.close();
  });
  return { services, twirp };
}

describe('destinations the LiveKit server restreams (Egress over Twirp)', () => {
  it('starts one track egress per variant, adds and removes destinations mid-show, and stops with the last', async () => {
    const { services, twirp } = await restreamingStudio();
    const server = 'rtmp://ingest.example.com/live';
    saveDestination(services, 'shop', 'customRtmp', server, 'shop-key', { route: 'server' });
    saveDestination(services, 'mall', 'customRtmp', server, 'mall-key', { route: 'server' });
    const state = await services.outputs.start(['shop']);
    const [variant] = state.variants;
    expect(variant).toMatchObject({ route: 'server', ingestUrl: '', canvas: '1920x1080', market: 'us-east' });
    // Nothing to restream until the show is in the room, and the dock says so.
    expect(statusOf(services, 'shop')).toMatchObject({
      state: 'connecting',
      restreamed: true,
      waitingForShow: true,
    });
    expect(twirp.calls).toEqual([]);

    // The window has published the variant's track in the room.
    services.outputs.variantInRoom(variant?.key ?? '', { video: 'TR_variant', audio: 'TR_mix' });
    expect(statusOf(services, 'shop')?.waitingForShow).toBe(false);
    await until(services, 'shop', (s) => s.state === 'live');
    expect(twirp.calls[0]).toEqual({
      method: 'StartTrackCompositeEgress',
      body: expect.objectContaining({
        roomName: 'factory-show',
        videoTrackId: 'TR_variant',
        audioTrackId: 'TR_mix',
        streamOutputs: [expect.objectContaining({ protocol: 'RTMP', urls: [`${server}/shop-key`] })],
      }),
    });
    expect(twirp.calls.some((c) => c.method === 'ListEgress')).toBe(true);

    await services.outputs.start(['mall']);
    await services.outputs.stop(['shop']);
    await services.outputs.stop(['mall']);
    await expect
      .poll(() => twirp.calls.filter((c) => c.method !== 'ListEgress').map((c) => [c.method, c.body]))
      .toEqual([
        ['StartTrackCompositeEgress', expect.anything()],
        ['UpdateStream', { egressId: 'EG_1', addOutputUrls: [`${server}/mall-key`] }],
        ['UpdateStream', { egressId: 'EG_1', removeOutputUrls: [`${server}/shop-key`] }],
        ['StopEgress', { egressId: 'EG_1' }],
      ]);
    expect(services.outputs.state().variants).toEqual([]);
    expect(statusOf(services, 'mall')?.state).toBe('off');
  });

  it('a server without Egress fails the destination in words', async () => {
    const { services, twirp } = await restreamingStudio();
    twirp.refuseStarts();
    saveDestination(services, 'shop', 'customRtmp', 'rtmp://ingest.example.com/live', 'k', {
      route: 'server',
    });
    const { variants } = await services.outputs.start(['shop']);
    services.outputs.variantInRoom(variants[0]?.key ?? '', { video: 'TR_v', audio: undefined });
    const failed = await until(services, 'shop', (s) => s.state === 'failed');
    expect(failed.error).toBe('OUTPUT_EGRESS_FAILED');
  });

  it('without the API secret there is no one to ask, and it says so', async () => {
    const { services } = await restreamingStudio();
    services.secrets.clear('livekitApiSecret');
    saveDestination(services, 'shop', 'customRtmp', 'rtmp://ingest.example.com/live', 'k', {
      route: 'server',
    });
    const { variants } = await services.outputs.start(['shop']);
    services.outputs.variantInRoom(variants[0]?.key ?? '', { video: 'TR_v', audio: undefined });
    expect((await until(services, 'shop', (s) => s.state === 'failed')).error).toBe('OUTPUT_EGRESS_FAILED');
  });
});
