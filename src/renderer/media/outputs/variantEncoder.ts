import type { OutputVariant } from '../../../shared/outputs/outputStatus';
import { encodePacket, type TrackConfigMessage } from '../../../shared/outputs/outputWire';
import { canvasSize } from '../../../shared/outputs/platformPresets';
import { paintOps, type DrawOp } from '../compositor/drawOps';
import { h264Config } from './h264Config';

/** More than this waiting in the socket: main is behind, so skip frames until a key frame. */
const maxBufferedBytes = 4 * 1024 * 1024;
const fps = 30;

/**
 * Encodes one variant with WebCodecs and hands each packet to main over the variant's
 * WebSocket: H.264 from the variant's picture, drawn here each program frame from the ops the
 * page laid out, and Opus from the program mix. Main muxes it for every destination that
 * shares the variant. It runs in the variant worker (variantEncoder.worker.ts); video and
 * audio carry timestamps from that one clock (performance.now), so they stay in step at the
 * ingest.
 */
export class VariantEncoder {
  private readonly canvas: OffscreenCanvas;
  private readonly ctx: OffscreenCanvasRenderingContext2D;
  private readonly socket: WebSocket;
  private video: VideoEncoder | undefined;
  private audio: AudioEncoder | undefined;
  private audioReader: ReadableStreamDefaultReader<AudioData> | undefined;
  private audioClock: { baseUs: number; samples: number } | undefined;
  private frames = 0;
  private keyFrameNext = true;
  private closed = false;
  droppedFrames = 0;

  constructor(
    readonly variant: OutputVariant,
    audio: ReadableStream<AudioData> | null,
    private readonly onError: (error: unknown) => void,
  ) {
    const { width, height } = canvasSize(variant.canvas);
    this.canvas = new OffscreenCanvas(width, height);
    const ctx = this.canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('OffscreenCanvas 2D is unavailable');
    this.ctx = ctx;
    this.socket = new WebSocket(variant.ingestUrl);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data === 'string' && event.data.includes('"keyFrame"')) this.keyFrameNext = true;
    };
    this.socket.onopen = () => void this.startEncoders(audio).catch((error: unknown) => this.fail(error));
    this.socket.onclose = () => {
      if (!this.closed) this.fail(new Error('output ingest closed'));
    };
  }

  /** Draws this variant's frame from `ops` over black, its images from `images`, and encodes it. */
  encodeFrame(ops: readonly DrawOp<number>[], images: ReadonlyMap<number, VideoFrame>): void {
    const video = this.video;
    if (!video || video.state !== 'configured' || this.closed) return;
    // The encoder or the socket is behind: drop this frame rather than queue latency.
    if (video.encodeQueueSize > 2 || this.socket.bufferedAmount > maxBufferedBytes) {
      this.droppedFrames++;
      this.keyFrameNext = true;
      return;
    }
    const { width, height } = this.canvas;
    this.ctx.fillStyle = '#000000';
    this.ctx.fillRect(0, 0, width, height);
    paintOps(this.ctx, ops, (op) => images.get(op.image));
    const frame = new VideoFrame(this.canvas, { timestamp: Math.round(performance.now() * 1000) });
    const keyFrame = this.keyFrameNext || this.frames % (this.variant.keyframeSeconds * fps) === 0;
    this.keyFrameNext = false;
    if (keyFrame) this.frames = 0;
    this.frames++;
    try {
      video.encode(frame, { keyFrame });
    } finally {
      frame.close();
    }
  }

  close(): void {
    this.closed = true;
    void this.audioReader?.cancel().catch(() => undefined);
    for (const encoder of [this.video, this.audio])
      if (encoder && encoder.state !== 'closed') encoder.close();
    this.socket.close(1000, 'variant stopped');
  }

  private async startEncoders(audio: ReadableStream<AudioData> | null): Promise<void> {
    const config = await h264Config(
      this.variant.canvas,
      this.variant.videoKbps,
      this.variant.constantBitrate,
    );
    if (this.closed) return;
    this.video = new VideoEncoder({
      output: (chunk, meta) => {
        const described = meta?.decoderConfig?.description;
        if (described) {
          this.sendConfig({
            type: 'config',
            track: 'video',
            codec: meta.decoderConfig?.codec ?? config.codec,
            width: config.width,
            height: config.height,
            description: base64(described),
          });
        }
        this.sendChunk('video', chunk);
      },
      error: (error) => this.fail(error),
    });
    this.video.configure(config);
    if (audio) this.startAudio(audio);
  }

  /** Opus from the program mix's AudioData, configured from the first one's format. */
  private startAudio(stream: ReadableStream<AudioData>): void {
    const reader = stream.getReader();
    this.audioReader = reader;
    const pump = async (): Promise<void> => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done || this.closed) {
          value?.close();
          return;
        }
        this.audio ??= this.audioEncoder(value);
        this.encodeAudio(value);
      }
    };
    void pump().catch((error: unknown) => this.fail(error));
  }

  private audioEncoder(first: AudioData): AudioEncoder {
    const numberOfChannels = Math.min(2, first.numberOfChannels);
    const { sampleRate } = first;
    const audio = new AudioEncoder({
      output: (chunk, meta) => {
        if (meta?.decoderConfig) {
          const { description } = meta.decoderConfig;
          this.sendConfig({
            type: 'config',
            track: 'audio',
            codec: 'opus',
            sampleRate: meta.decoderConfig.sampleRate,
            numberOfChannels: meta.decoderConfig.numberOfChannels,
            description: description ? base64(description) : null,
          });
        }
        this.sendChunk('audio', chunk);
      },
      error: (error) => this.fail(error),
    });
    audio.configure({ codec: 'opus', sampleRate, numberOfChannels, bitrate: 128_000 });
    return audio;
  }

  /** Audio data stamped on the video's clock: counted samples from the first one's arrival. */
  private encodeAudio(data: AudioData): void {
    const audio = this.audio;
    try {
      if (!audio || audio.state !== 'configured') return;
      const durationUs = (data.numberOfFrames / data.sampleRate) * 1e6;
      this.audioClock ??= { baseUs: performance.now() * 1000 - durationUs, samples: 0 };
      const timestamp = this.audioClock.baseUs + (this.audioClock.samples / data.sampleRate) * 1e6;
      this.audioClock.samples += data.numberOfFrames;
      const copy = restamped(data, Math.round(timestamp));
      try {
        audio.encode(copy);
      } finally {
        copy.close();
      }
    } finally {
      data.close();
    }
  }

  private sendConfig(message: TrackConfigMessage): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private sendChunk(track: 'video' | 'audio', chunk: EncodedVideoChunk | EncodedAudioChunk): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const data = new Uint8Array(chunk.byteLength);
    chunk.copyTo(data);
    this.socket.send(
      encodePacket({
        track,
        key: chunk.type === 'key',
        timestampUs: chunk.timestamp,
        durationUs: chunk.duration ?? 0,
        data,
      }),
    );
  }

  private fail(error: unknown): void {
    if (this.closed) return;
    this.close();
    this.onError(error);
  }
}

/** The same samples at another timestamp (AudioData's own is read-only). */
function restamped(data: AudioData, timestamp: number): AudioData {
  const format = data.format ?? 'f32-planar';
  const planar = format.endsWith('-planar');
  const planes = planar ? data.numberOfChannels : 1;
  const sizes = Array.from({ length: planes }, (_, planeIndex) =>
    data.allocationSize({ planeIndex, format }),
  );
  const buffer = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  let offset = 0;
  for (let planeIndex = 0; planeIndex < planes; planeIndex++) {
    data.copyTo(buffer.subarray(offset, offset + (sizes[planeIndex] ?? 0)), { planeIndex, format });
    offset += sizes[planeIndex] ?? 0;
  }
  return new AudioData({
    format,
    sampleRate: data.sampleRate,
    numberOfFrames: data.numberOfFrames,
    numberOfChannels: data.numberOfChannels,
    timestamp,
    data: buffer,
  });
}

function base64(description: AllowSharedBufferSource): string {
  const bytes = ArrayBuffer.isView(description)
    ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength)
    : new Uint8Array(description);
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}
