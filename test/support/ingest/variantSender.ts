import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ALL_FORMATS, EncodedPacketSink, FilePathSource, Input } from 'mediabunny';
import { WebSocket } from 'ws';
import { encodePacket, type WirePacket } from '../../../src/shared/outputs/outputWire';

const run = promisify(execFile);

interface FixturePackets {
  video: { codec: string; width: number; height: number; description: string };
  audio: { codec: string; sampleRate: number; numberOfChannels: number; description: string | null };
  packets: WirePacket[];
  durationUs: number;
}

/**
 * A moving test card with a tone, encoded by ffmpeg (H.264 baseline, a key frame every 2 s,
 * Opus) the way the window's encoders encode a variant, and read back as packets.
 */
export async function fixturePackets(dir: string, size = '1280x720'): Promise<FixturePackets> {
  const file = join(dir, `variant-${size}.mkv`);
  if (!existsSync(file)) {
    await run('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=${size}:rate=30`,
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:sample_rate=48000',
      '-t',
      '6',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-profile:v',
      'baseline',
      '-g',
      '60',
      '-b:v',
      '2500k',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'libopus',
      '-ac',
      '2',
      '-b:a',
      '96k',
      file,
    ]);
  }
  const input = new Input({ source: new FilePathSource(file), formats: ALL_FORMATS });
  const videoTrack = await input.getPrimaryVideoTrack();
  const audioTrack = await input.getPrimaryAudioTrack();
  if (!videoTrack || !audioTrack) throw new Error('fixture lacks a track');
  const videoConfig = await videoTrack.getDecoderConfig();
  const audioConfig = await audioTrack.getDecoderConfig();
  if (!videoConfig || !audioConfig) throw new Error('fixture lacks a decoder config');
  const packets: WirePacket[] = [];
  for await (const p of new EncodedPacketSink(videoTrack).packets())
    packets.push({
      track: 'video',
      key: p.type === 'key',
      timestampUs: p.timestamp * 1e6,
      durationUs: p.duration * 1e6,
      data: p.data,
    });
  for await (const p of new EncodedPacketSink(audioTrack).packets())
    packets.push({
      track: 'audio',
      key: true,
      timestampUs: p.timestamp * 1e6,
      durationUs: p.duration * 1e6,
      data: p.data,
    });
  packets.sort((a, b) => a.timestampUs - b.timestampUs);
  const toBase64 = (d: unknown): string => Buffer.from(d as Uint8Array).toString('base64');
  return {
    video: {
      codec: videoConfig.codec,
      width: videoConfig.codedWidth ?? 0,
      height: videoConfig.codedHeight ?? 0,
      description: toBase64(videoConfig.description),
    },
    audio: {
      codec: 'opus',
      sampleRate: audioConfig.sampleRate,
      numberOfChannels: audioConfig.numberOfChannels,
      description: audioConfig.description ? toBase64(audioConfig.description) : null,
    },
    packets,
    durationUs: await input.computeDuration().then((s) => s * 1e6),
  };
}

export interface VariantSender {
  /** Key frame requests main sent. */
  keyFrameRequests: number;
  stop(): void;
}

/**
 * Stands in for the window's encoder of one variant: connects to main's ingest with our
 * page's Origin, describes the tracks, then sends the fixture's packets in real time, looped
 * with ever-growing timestamps, until stopped.
 */
export function sendVariant(ingestUrl: string, origin: string, fixture: FixturePackets): VariantSender {
  const socket = new WebSocket(ingestUrl, { origin });
  const sender: VariantSender = { keyFrameRequests: 0, stop: () => undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  socket.on('message', (data, isBinary) => {
    if (!isBinary && String(data).includes('keyFrame')) sender.keyFrameRequests++;
  });
  socket.once('open', () => {
    socket.send(JSON.stringify({ type: 'config', track: 'video', ...fixture.video }));
    socket.send(JSON.stringify({ type: 'config', track: 'audio', ...fixture.audio }));
    const startedUs = performance.now() * 1000;
    let index = 0;
    let loop = 0;
    const tick = (): void => {
      const nowUs = performance.now() * 1000 - startedUs;
      for (;;) {
        const packet = fixture.packets[index];
        if (!packet) {
          index = 0;
          loop++;
          continue;
        }
        const at = packet.timestampUs + loop * fixture.durationUs;
        if (at > nowUs) break;
        socket.send(encodePacket({ ...packet, timestampUs: startedUs + at }));
        index++;
      }
      timer = setTimeout(tick, 5);
    };
    tick();
  });
  sender.stop = () => {
    clearTimeout(timer);
    socket.close();
  };
  return sender;
}
