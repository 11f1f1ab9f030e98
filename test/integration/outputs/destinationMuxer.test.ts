import { PassThrough } from 'node:stream';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DestinationMuxer } from '../../../src/main/services/outputs/destinationMuxer';
import type { WirePacket } from '../../../src/shared/outputs/outputWire';
import { fixturePackets } from '../../support/ingest/variantSender';
import { makeTempDir } from '../../support/tempDir';

const dir = makeTempDir();
let fixture: Awaited<ReturnType<typeof fixturePackets>>;
beforeAll(async () => {
  fixture = await fixturePackets(dir.path);
});
afterAll(() => dir.remove());

/** Muxes `packets` as one destination would, and reads the result back with a demuxer. */
async function muxed(packets: WirePacket[], withAudio: boolean) {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const errors: unknown[] = [];
  const muxer = new DestinationMuxer(
    sink,
    {
      video: {
        codec: fixture.video.codec,
        codedWidth: fixture.video.width,
        codedHeight: fixture.video.height,
        description: new Uint8Array(Buffer.from(fixture.video.description, 'base64')),
      },
      audio: withAudio ? { codec: 'opus', sampleRate: 48_000, numberOfChannels: 2 } : undefined,
    },
    (error) => errors.push(error),
  );
  // As they arrive from the window: one at a time, never faster than they are written.
  for (const packet of packets) {
    muxer.push(packet);
    await new Promise((r) => setTimeout(r, 1));
  }
  await new Promise((r) => setTimeout(r, 300));
  expect(muxer.droppedFrames).toBe(0);
  expect(errors).toEqual([]);
  const input = new Input({ source: new BufferSource(Buffer.concat(chunks)), formats: ALL_FORMATS });
  const video = await input.getPrimaryVideoTrack();
  const audio = await input.getPrimaryAudioTrack();
  if (!video || !audio) throw new Error('a track is missing');
  const read = async (track: typeof video | typeof audio) => {
    const list = [];
    for await (const p of new EncodedPacketSink(track).packets()) list.push(p);
    return list;
  };
  return { video: await read(video), audio: await read(audio) };
}

describe("a destination's live Matroska", () => {
  it('starts at the first key frame, at time zero, with the sound beside it', async () => {
    // The window had been encoding for a while: the destination joins mid-GOP, 5 s in.
    const joinAt = 1_000_000 + 3_000_000 + 40_000;
    const offset = (p: WirePacket) => ({ ...p, timestampUs: p.timestampUs + 1_000_000 });
    const packets = fixture.packets.map(offset).filter((p) => p.timestampUs >= joinAt);
    const { video, audio } = await muxed(packets, true);
    expect(video[0]?.type).toBe('key');
    expect(video[0]?.timestamp).toBe(0);
    // The first key frame after joining is the one at 4 s (a key frame every 2 s).
    expect(video).toHaveLength(60);
    expect(audio.length).toBeGreaterThan(90);
    expect(audio[0]?.timestamp ?? 1).toBeLessThan(0.05);
  });

  it("fills silence where the window's sound stops, so the picture keeps going out", async () => {
    const videoOnly = fixture.packets.filter((p) => p.track === 'video');
    const { video, audio } = await muxed(videoOnly, false);
    // All but the last moment's pictures, which wait (live) for the silence that will follow them.
    expect(video.length).toBeGreaterThan(170);
    const last = audio.at(-1);
    // 20 ms silent Opus frames up to the last picture (within the gap the muxer allows).
    expect(audio[0]?.data).toEqual(new Uint8Array([0xfc, 0xff, 0xfe]));
    expect(last?.timestamp ?? 0).toBeGreaterThan((video.at(-1)?.timestamp ?? 0) - 0.25);
  });
});
