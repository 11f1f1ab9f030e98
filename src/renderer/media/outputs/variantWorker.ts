import type { OutputVariant } from '../../../shared/outputs/outputStatus';
import type { DrawOp } from '../compositor/drawOps';
import VariantEncoderWorker from './variantEncoder.worker?worker';
import type { FromVariantWorker, ToVariantWorker } from './variantWorkerMessages';

// Chromium's insertable-streams API (Electron's renderer has it); typed here for audio tracks.
declare class MediaStreamTrackProcessor {
  constructor(init: { track: MediaStreamTrack });
  readonly readable: ReadableStream<AudioData>;
}

/**
 * The page's side of the variant worker: opens and closes variants there and sends each
 * frame's layout with the pictures it needs. A picture whose content is fixed for its life
 * (an ImageBitmap: a camera frame, an overlay drawing; a photo) crosses once and is named by
 * number after that; a canvas or a video element crosses every frame. While the worker is
 * still busy with the last frame this one is skipped: frames never queue up behind it.
 */
export class VariantWorker {
  private worker: Worker | undefined;
  private readonly fixedIds = new WeakMap<object, number>();
  private nextId = 1;
  /** The pictures the worker holds. */
  private held = new Set<number>();
  private busy = false;
  private readonly openKeys = new Set<string>();
  private readonly skipped = new Map<string, number>();
  private readonly workerDropped = new Map<string, number>();

  constructor(private readonly onFailed: (key: string, error: string) => void) {}

  open(variant: OutputVariant, audioTrack: MediaStreamTrack | undefined): void {
    const audio = audioTrack ? new MediaStreamTrackProcessor({ track: audioTrack }).readable : null;
    this.send({ type: 'open', variant, audio }, audio ? [audio] : []);
    this.openKeys.add(variant.key);
  }

  close(key: string): void {
    this.worker?.postMessage({ type: 'close', key } satisfies ToVariantWorker);
    this.openKeys.delete(key);
    this.skipped.delete(key);
    this.workerDropped.delete(key);
  }

  /** Frames of `key` not encoded: skipped here while the worker was busy, or there while its encoder was. */
  droppedFrames(key: string): number {
    return (this.skipped.get(key) ?? 0) + (this.workerDropped.get(key) ?? 0);
  }

  frame(variants: readonly { key: string; ops: readonly DrawOp[] }[]): void {
    if (this.busy) {
      for (const { key } of variants) this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
      return;
    }
    const images: { id: number; frame: VideoFrame }[] = [];
    const used = new Set<number>();
    const thisFrame = new Map<CanvasImageSource, number>();
    const idOf = (image: CanvasImageSource): number | undefined => {
      const known = thisFrame.get(image) ?? this.fixedIds.get(image);
      if (known !== undefined && (this.held.has(known) || used.has(known))) {
        used.add(known);
        return known;
      }
      const id = known ?? this.nextId++;
      const frame = videoFrameOf(image);
      if (!frame) return undefined;
      if (isFixed(image)) this.fixedIds.set(image, id);
      thisFrame.set(image, id);
      images.push({ id, frame });
      used.add(id);
      return id;
    };
    const named = variants.map(({ key, ops }) => ({
      key,
      ops: ops.flatMap((op) => {
        const id = idOf(op.image);
        return id === undefined ? [] : [{ ...op, image: id }];
      }),
    }));
    const released = [...this.held].filter((id) => !used.has(id));
    this.held = used;
    this.busy = true;
    this.send(
      { type: 'frame', images, released, variants: named },
      images.map((i) => i.frame),
    );
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private send(message: ToVariantWorker, transfer: Transferable[]): void {
    this.workerFor().postMessage(message, transfer);
  }

  private workerFor(): Worker {
    if (this.worker) return this.worker;
    const worker = new VariantEncoderWorker();
    worker.onmessage = (event: MessageEvent<FromVariantWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        this.openKeys.delete(message.key);
        this.onFailed(message.key, message.error);
        return;
      }
      this.busy = false;
      for (const [key, frames] of message.dropped) this.workerDropped.set(key, frames);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // Every variant it held is gone with it; the next open starts another.
      this.worker = undefined;
      this.busy = false;
      this.held.clear();
      const lost = [...this.openKeys];
      this.openKeys.clear();
      for (const key of lost) this.onFailed(key, `variant worker: ${event.message}`);
      worker.terminate();
    };
    this.worker = worker;
    return worker;
  }
}

/** A picture whose pixels never change while it exists. */
function isFixed(image: CanvasImageSource): boolean {
  return image instanceof ImageBitmap || image instanceof HTMLImageElement;
}

/** The picture as a VideoFrame (an ImageBitmap's pixels are shared, not copied); none if it is gone. */
function videoFrameOf(image: CanvasImageSource): VideoFrame | undefined {
  try {
    return image instanceof VideoFrame ? image.clone() : new VideoFrame(image, { timestamp: 0 });
  } catch {
    // A bitmap closed since it was handed out, or a video not yet playing: skipped this frame.
    return undefined;
  }
}
