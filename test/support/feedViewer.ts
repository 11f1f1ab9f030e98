import WebSocket from 'ws';
import { decodeFeedText, decodeFeedUnit, type FeedTextMessage } from '../../src/shared/feeds/feedRelayWire';

export interface ViewedUnit {
  key: boolean;
  receivedAt: number;
  bytes: number;
}

/** Watches a feed the way the renderer's decoder worker does: over the relay, from a trusted origin. */
export class FeedViewer {
  readonly units: ViewedUnit[] = [];
  readonly texts: FeedTextMessage[] = [];
  /** Messages that did not follow the relay's wire format: the worker would drop them. */
  malformed = 0;
  private readonly socket: WebSocket;
  readonly closed: Promise<number>;

  constructor(url: string, origin: string) {
    this.socket = new WebSocket(url, { origin });
    this.socket.on('message', (data: Buffer, binary: boolean) => {
      // Read with the worker's own decoders, so main's messages are held to the wire format.
      if (!binary) {
        const text = decodeFeedText(data.toString());
        if (text) this.texts.push(text);
        else this.malformed++;
        return;
      }
      const unit = decodeFeedUnit(
        data.buffer.slice(data.byteOffset, data.byteOffset + data.length) as ArrayBuffer,
      );
      if (unit) this.units.push({ key: unit.key, receivedAt: unit.receivedAt, bytes: unit.data.byteLength });
      else this.malformed++;
    });
    this.closed = new Promise((resolve) => {
      this.socket.on('close', (code) => resolve(code));
      this.socket.on('error', () => resolve(-1));
    });
  }

  close(): void {
    this.socket.close();
  }
}
