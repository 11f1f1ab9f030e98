/// <reference lib="webworker" />
/**
 * The destinations' variants, drawn and encoded off the page's thread: a second and third
 * composition of every frame, each rastered on a 2-core machine with no GPU, took the page
 * below 30 fps (bench:compositor). The page sends each frame's layout and the pictures this
 * worker has not seen yet (variantWorkerMessages.ts); the encoders send to main themselves.
 */
import { VariantEncoder } from './variantEncoder';
import type { FromVariantWorker, ToVariantWorker } from './variantWorkerMessages';

const encoders = new Map<string, VariantEncoder>();
const images = new Map<number, VideoFrame>();

function post(message: FromVariantWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToVariantWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'open': {
      const { key } = message.variant;
      encoders.get(key)?.close();
      const encoder = new VariantEncoder(message.variant, message.audio, (error) => {
        if (encoders.get(key) !== encoder) return;
        encoders.delete(key);
        post({ type: 'failed', key, error: String(error) });
      });
      encoders.set(key, encoder);
      return;
    }
    case 'close':
      encoders.get(message.key)?.close();
      encoders.delete(message.key);
      return;
    case 'frame': {
      for (const { id, frame } of message.images) {
        images.get(id)?.close();
        images.set(id, frame);
      }
      for (const { key, ops } of message.variants) encoders.get(key)?.encodeFrame(ops, images);
      for (const id of message.released) {
        images.get(id)?.close();
        images.delete(id);
      }
      post({ type: 'done', dropped: [...encoders].map(([key, e]) => [key, e.droppedFrames]) });
      return;
    }
  }
};
