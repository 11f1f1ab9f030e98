/// <reference lib="webworker" />
/**
 * Decodes one network feed: reads the relay's WebSocket (Annex-B H.264 access
 * units from main's ffmpeg), decodes with WebCodecs, and posts each picture
 * as an RGB ImageBitmap to the page. All off the page's main thread. Only the
 * newest picture matters: when the decoder falls behind, delta frames are
 * dropped until the next key frame rather than queued.
 */
import { decodeFeedText, decodeFeedUnit } from '../../../shared/feeds/feedRelayWire';

interface Start {
  url: string;
}

export type WorkerMessage = { type: 'picture'; bitmap: ImageBitmap } | { type: 'closed'; code: number };

const maxQueue = 3;

self.onmessage = (event: MessageEvent<Start>) => {
  const socket = new WebSocket(event.data.url);
  socket.binaryType = 'arraybuffer';
  let config: VideoDecoderConfig | undefined;
  let decoder: VideoDecoder | undefined;
  let needKey = true;

  const newDecoder = (): VideoDecoder => {
    const d = new VideoDecoder({
      output: (frame) => {
        void createImageBitmap(frame)
          .then((bitmap) => {
            const message: WorkerMessage = { type: 'picture', bitmap };
            self.postMessage(message, [bitmap]);
          })
          .finally(() => frame.close());
      },
      error: () => {
        // A corrupt unit after a camera glitch: start over at the next key frame.
        decoder = undefined;
        needKey = true;
      },
    });
    if (config) d.configure(config);
    return d;
  };

  socket.onmessage = (message: MessageEvent<ArrayBuffer | string>) => {
    // Checked against the relay's wire format (shared/feeds/feedRelayWire.ts); anything else is dropped.
    if (typeof message.data === 'string') {
      const text = decodeFeedText(message.data);
      if (text?.type === 'config') {
        config = {
          codec: text.codec,
          codedWidth: text.width,
          codedHeight: text.height,
          optimizeForLatency: true,
          hardwareAcceleration: 'no-preference',
        };
        decoder?.close();
        decoder = undefined;
        needKey = true;
      } else if (text?.type === 'reset') {
        needKey = true;
      }
      return;
    }
    const unit = config && decodeFeedUnit(message.data);
    if (!unit) return;
    if (needKey && !unit.key) return;
    if (!decoder || decoder.state === 'closed') decoder = newDecoder();
    if (!unit.key && decoder.decodeQueueSize >= maxQueue) {
      needKey = true; // behind: skip to the next key frame
      return;
    }
    needKey = false;
    // Main's receive time, in µs: the decoder needs a timestamp, the studio shows the newest picture.
    const timestamp = Math.round(unit.receivedAt * 1000);
    decoder.decode(new EncodedVideoChunk({ type: unit.key ? 'key' : 'delta', timestamp, data: unit.data }));
  };
  socket.onclose = (close) => {
    decoder?.close();
    const message: WorkerMessage = { type: 'closed', code: close.code };
    self.postMessage(message);
  };
};
