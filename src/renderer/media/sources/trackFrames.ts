import FrameDecoder from './frameDecoder.worker?worker';

// Chromium's insertable-streams API (Electron's renderer has it); not yet in TypeScript's DOM types.
declare class MediaStreamTrackProcessor {
  constructor(init: { track: MediaStreamTrack; maxBufferSize?: number });
  readonly readable: ReadableStream<VideoFrame>;
}

/**
 * The newest frame of a video track as an RGB ImageBitmap, decoded in a
 * worker. `supported` is false where the browser lacks MediaStreamTrackProcessor;
 * callers then draw the <video> element instead.
 */
export class TrackFrames {
  static readonly supported =
    typeof (globalThis as { MediaStreamTrackProcessor?: unknown }).MediaStreamTrackProcessor === 'function';
  private readonly worker = new FrameDecoder();
  private latest: ImageBitmap | undefined;
  // Held for the capture's life: once its readable is transferred nothing else
  // refers to the processor, and a collected processor stops the frames.
  private readonly processor: MediaStreamTrackProcessor;

  constructor(track: MediaStreamTrack) {
    const processor = new MediaStreamTrackProcessor({ track, maxBufferSize: 2 });
    this.processor = processor;
    this.worker.onmessage = (event: MessageEvent<ImageBitmap | 'ended'>) => {
      if (event.data === 'ended') return;
      this.latest?.close();
      this.latest = event.data;
    };
    this.worker.postMessage({ frames: processor.readable }, [processor.readable]);
  }

  get frame(): ImageBitmap | undefined {
    return this.latest;
  }

  dispose(): void {
    this.worker.terminate();
    this.latest?.close();
    this.latest = undefined;
  }
}
