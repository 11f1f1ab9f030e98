import type { OutputVariant } from '../../../shared/outputs/outputStatus';
import type { DrawOp } from '../compositor/drawOps';

/**
 * The page and the variant worker (variantEncoder.worker.ts) speak these. The page lays out
 * each variant's frame (VariantLayout) and sends its pictures; the worker draws, encodes and
 * sends to main, so neither the drawing nor the encoding of the destinations' variants
 * costs the page's thread.
 */
export type ToVariantWorker =
  | {
      type: 'open';
      variant: OutputVariant;
      /** The program mix's audio, as the track processor's stream (transferred). */
      audio: ReadableStream<AudioData> | null;
    }
  | { type: 'close'; key: string }
  | {
      type: 'frame';
      /**
       * Pictures the worker has not seen, each once: a camera's newest frame, an overlay
       * redrawn. Wrapping an ImageBitmap as a VideoFrame and transferring it copies no pixels.
       */
      images: { id: number; frame: VideoFrame }[];
      /** Pictures no variant draws any more: the worker closes them. */
      released: number[];
      variants: { key: string; ops: DrawOp<number>[] }[];
    };

export type FromVariantWorker =
  /** One frame message handled; the frames each variant has skipped so far. */
  { type: 'done'; dropped: [key: string, frames: number][] } | { type: 'failed'; key: string; error: string };
