import { newDestination, type Destination } from '../../../src/shared/outputs/destination';
import type { DestinationStatus, OutputsState } from '../../../src/shared/outputs/outputStatus';
import type { DestinationPlatform } from '../../../src/shared/outputs/platformPresets';
import type { StudioServices } from '../../../src/main/studioServices';
import { fixturePackets, sendVariant, type VariantSender } from '../../support/ingest/variantSender';
import { buildServices, testOrigin } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';
export { ffmpegFor } from '../../support/ffmpegProcesses';

export type Cleanup = () => Promise<void> | void;

/** The real main services, and a stand-in for the window's encoders that sends each wanted variant. */
export async function outputStudio(cleanups: Cleanup[]) {
  const dir = makeTempDir();
  const services = buildServices(dir.path);
  const fixture = await fixturePackets(dir.path);
  const senders = new Map<string, VariantSender>();
  // As the window does: encode whatever variants main asks for, stop the rest.
  const stopFollowing = services.events.connect((event, payload) => {
    if (event !== 'outputs:onState') return;
    const state = payload as OutputsState;
    for (const variant of state.variants)
      if (!senders.has(variant.ingestUrl))
        senders.set(variant.ingestUrl, sendVariant(variant.ingestUrl, testOrigin, fixture));
    for (const [url, sender] of senders)
      if (!state.variants.some((v) => v.ingestUrl === url)) {
        sender.stop();
        senders.delete(url);
      }
  });
  cleanups.push(async () => {
    stopFollowing();
    for (const sender of senders.values()) sender.stop();
    await services.outputs.close();
    services.close();
    dir.remove();
  });
  return { services, senders };
}

export function saveDestination(
  services: StudioServices,
  id: string,
  platform: DestinationPlatform,
  serverUrl: string,
  streamKey: string | null,
  extra: Partial<Destination> = {},
  srtPassphrase: string | null = null,
): Destination {
  const destination = { ...newDestination(id, platform, 'us-east', id), serverUrl, ...extra };
  services.outputs.save({ destination, streamKey, srtPassphrase });
  return destination;
}

export function statusOf(services: StudioServices, id: string): DestinationStatus | undefined {
  return services.outputs.state().destinations.find((d) => d.destinationId === id);
}

/** Waits until the destination's status satisfies `test`, or fails after `timeoutMs`. */
export async function until(
  services: StudioServices,
  id: string,
  test: (status: DestinationStatus) => boolean,
  timeoutMs = 15_000,
): Promise<DestinationStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = statusOf(services, id);
    if (status && test(status)) return status;
    if (Date.now() > deadline) throw new Error(`destination ${id} stuck at ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
