import type { OutputVariant } from '../../../shared/outputs/outputStatus';
import { encodePacket, type TrackConfigMessage } from '../../../shared/outputs/outputWire';
import type { Scene } from '../../../shared/scenes/model';
import { h264Config } from './h264Config';
import { VariantPicture, type PictureContext } from './variantPicture';

// Chromium's insertable-streams API (Electron's renderer has it); typed here for audio tracks.
declare class MediaStreamTrackProcessor {
  constructor(init: { track: MediaStreamTrack });
  readonly readable: ReadableStream<AudioData>;
}

/** More than this waiting in the socket: main is behind, so skip frames until a key frame. */
const maxBufferedBytes = 4 * 1024 * 1024;
const fps = 30;

/**
 * Encodes one variant with WebCodecs and hands each packet to main over the variant's
 * WebSocket: H.264 from the variant's picture, each program frame, and Opus from the program
 * mix. Main muxes it for every destination that shares the variant. Video and audio carry
 * timestamps from one clock (performance.now), so they stay in step at the ingest.
 */
export class VariantEncoder {
  private readonly picture: VariantPicture;
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
    audioTrack: MediaStreamTrack | undefined,
    private readonly onError: (error: unknown) => void,
  ) {
    this.picture = new VariantPicture(variant.canvas, variant.market);
    this.socket = new WebSocket(variant.ingestUrl);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data === 'string' && event.data.includes('"keyFrame"')) this.keyFrameNext = true;
    };
    this.socket.onopen = () =>
      void this.startEncoders(audioTrack).catch((error: unknown) => this.fail(error));
    this.socket.onclose = () => {
      if (!this.closed) this.fail(new Error('output ingest closed'));
    };
  }

  /** Draws and encodes this variant's frame from the program frame just drawn. */
  encodeFrame(program: HTMLCanvasElement, scene: Scene | undefined, context: PictureContext): void {
    const video = this.video;
    if (!video || video.state !== 'configured' || this.closed) return;
    // The encoder or the socket is behind: drop this frame rather than queue latency.
    if (video.encodeQueueSize > 2 || this.socket.bufferedAmount > maxBufferedBytes) {
      this.droppedFrames++;
      this.keyFrameNext = true;
      return;
    }
    this.picture.render(program, scene, context);
    const frame = new VideoFrame(this.picture.canvas, { timestamp: Math.round(performance.now() * 1000) });
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

  private async startEncoders(audioTrack: MediaStreamTrack | undefined): Promise<void> {
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
    if (audioTrack) this.startAudio(audioTrack);
  }

  private startAudio(track: MediaStreamTrack): void {
    const settings = track.getSettings();
    const numberOfChannels = Math.min(2, settings.channelCount ?? 2);
    const sampleRate = settings.sampleRate ?? 48_000;
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
    this.audio = audio;
    const processor = new MediaStreamTrackProcessor({ track });
    const reader = processor.readable.getReader();
    this.audioReader = reader;
    const pump = async (): Promise<void> => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done || this.closed) {
          value?.close();
          return;
        }
        this.encodeAudio(value);
      }
    };
    void pump().catch((error: unknown) => this.fail(error));
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
