import type { Writable } from 'node:stream';
import {
  EncodedAudioPacketSource,
  EncodedPacket,
  EncodedVideoPacketSource,
  MkvOutputFormat,
  Output,
  StreamTarget,
  type StreamTargetChunk,
} from 'mediabunny';
import type { WirePacket } from '../../../shared/outputs/outputWire';

export interface VariantConfigs {
  video: { codec: string; codedWidth: number; codedHeight: number; description: Uint8Array };
  audio:
    { codec: string; sampleRate: number; numberOfChannels: number; description?: Uint8Array } | undefined;
}

/** More than this much waiting to be written: the ingest is behind, so skip to the next key frame. */
const maxQueuedUs = 1_500_000;
/** Video this far ahead of the last audio: the window's sound has stopped, so fill in silence. */
const audioGapUs = 200_000;
const silenceUs = 20_000;
/** One 20 ms Opus frame of silence (CELT, full band, stereo): RFC 6716 section 3.1 TOC 0xFC. */
const opusSilence = new Uint8Array([0xfc, 0xff, 0xfe]);

/**
 * An Opus stream's identification header (RFC 7845 section 5.1): 48 kHz stereo, the
 * standard 312-sample pre-skip. Used when the window sends no sound of its own, so every
 * destination still carries the audio track ingests require.
 */
export function silentOpusConfig(): NonNullable<VariantConfigs['audio']> {
  const head = new Uint8Array(19);
  head.set(new TextEncoder().encode('OpusHead'));
  const view = new DataView(head.buffer);
  view.setUint8(8, 1);
  view.setUint8(9, 2);
  view.setUint16(10, 312, true);
  view.setUint32(12, 48_000, true);
  return { codec: 'opus', sampleRate: 48_000, numberOfChannels: 2, description: head };
}

/**
 * Frames one destination's stream for its ffmpeg: the variant's packets, from a key frame on,
 * as live Matroska (append-only, so nothing is held back for an index) on ffmpeg's stdin.
 * mediabunny writes the container; we only pace it. A slow ingest never slows the others:
 * when this destination falls behind it drops to the next key frame and counts the frames.
 */
export class DestinationMuxer {
  private readonly output: Output;
  private readonly video = new EncodedVideoPacketSource('avc');
  private readonly audio = new EncodedAudioPacketSource('opus');
  private readonly audioConfig: NonNullable<VariantConfigs['audio']>;
  private audioEndUs: number | undefined;
  private readonly queue: WirePacket[] = [];
  private baseUs: number | undefined;
  private firstVideo = true;
  private firstAudio = true;
  private writing = false;
  private closed = false;
  private skippingToKey = false;
  private started: Promise<void>;
  droppedFrames = 0;

  constructor(
    sink: Writable,
    private readonly configs: VariantConfigs,
    private readonly onError: (error: unknown) => void,
  ) {
    // ffmpeg ending first breaks the pipe; the runner hears that from the process itself.
    sink.on('error', () => undefined);
    const writable = new WritableStream<StreamTargetChunk>({
      write: (chunk) =>
        new Promise<void>((resolve, reject) => {
          if (sink.destroyed || !sink.writable) {
            reject(new Error('ffmpeg input closed'));
            return;
          }
          sink.write(chunk.data, (error) => (error ? reject(error) : resolve()));
        }),
    });
    this.output = new Output({
      format: new MkvOutputFormat({ appendOnly: true, minimumClusterDuration: 0.5 }),
      target: new StreamTarget(writable),
    });
    this.output.addVideoTrack(this.video, { frameRate: 30 });
    this.audioConfig = configs.audio ?? silentOpusConfig();
    this.output.addAudioTrack(this.audio);
    this.started = this.output.start();
    this.started.catch((error: unknown) => this.fail(error));
  }

  /** True once a key frame has started this destination's stream. */
  get hasStarted(): boolean {
    return this.baseUs !== undefined;
  }

  push(packet: WirePacket): void {
    if (this.closed) return;
    if (this.baseUs === undefined) {
      if (packet.track !== 'video' || !packet.key) return;
      this.baseUs = packet.timestampUs;
    }
    if (packet.timestampUs < this.baseUs) return;
    if (packet.track === 'audio') {
      // Silence already written stands in for this stretch.
      if (this.audioEndUs !== undefined && packet.timestampUs < this.audioEndUs - silenceUs) return;
      this.audioEndUs = packet.timestampUs + packet.durationUs;
    } else {
      this.fillSilenceBefore(packet.timestampUs);
    }
    if (this.skippingToKey) {
      if (packet.track === 'video' && !packet.key) {
        this.droppedFrames++;
        return;
      }
      if (packet.track === 'video') this.skippingToKey = false;
      else return;
    }
    this.queue.push(packet);
    this.dropIfBehind();
    void this.drain();
  }

  private fillSilenceBefore(videoUs: number): void {
    let end = this.audioEndUs ?? this.baseUs ?? videoUs;
    if (videoUs - end <= audioGapUs) return;
    while (videoUs - end > silenceUs) {
      this.queue.push({
        track: 'audio',
        key: true,
        timestampUs: end,
        durationUs: silenceUs,
        data: opusSilence,
      });
      end += silenceUs;
    }
    this.audioEndUs = end;
  }

  close(): void {
    this.closed = true;
    this.queue.length = 0;
    void this.output.cancel().catch(() => undefined);
  }

  private dropIfBehind(): void {
    const first = this.queue[0];
    const last = this.queue[this.queue.length - 1];
    if (!first || !last || last.timestampUs - first.timestampUs <= maxQueuedUs) return;
    this.droppedFrames += this.queue.filter((p) => p.track === 'video').length;
    this.queue.length = 0;
    this.skippingToKey = true;
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      await this.started;
      for (let packet = this.queue.shift(); packet && !this.closed; packet = this.queue.shift()) {
        await this.write(packet);
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.writing = false;
    }
  }

  private async write(packet: WirePacket): Promise<void> {
    const base = this.baseUs ?? 0;
    const encoded = new EncodedPacket(
      packet.data,
      packet.key ? 'key' : 'delta',
      (packet.timestampUs - base) / 1e6,
      packet.durationUs / 1e6,
    );
    if (packet.track === 'video') {
      const { video } = this.configs;
      await this.video.add(encoded, this.firstVideo ? { decoderConfig: video } : undefined);
      this.firstVideo = false;
    } else {
      await this.audio.add(encoded, this.firstAudio ? { decoderConfig: this.audioConfig } : undefined);
      this.firstAudio = false;
    }
  }

  private fail(error: unknown): void {
    if (this.closed) return;
    this.close();
    this.onError(error);
  }
}
