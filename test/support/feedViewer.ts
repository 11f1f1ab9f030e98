import WebSocket from 'ws';

export interface ViewedUnit {
  key: boolean;
  receivedAt: number;
  bytes: number;
}

/** Watches a feed the way the renderer's decoder worker does: over the relay, from a trusted origin. */
export class FeedViewer {
  readonly units: ViewedUnit[] = [];
  readonly texts: { type: string; codec?: string; width?: number; height?: number }[] = [];
  private readonly socket: WebSocket;
  readonly closed: Promise<number>;

  constructor(url: string, origin: string) {
    this.socket = new WebSocket(url, { origin });
    this.socket.on('message', (data: Buffer, binary: boolean) => {
      if (!binary) {
        this.texts.push(JSON.parse(data.toString()) as FeedViewer['texts'][number]);
        return;
      }
      this.units.push({
        key: data.readUInt8(1) === 1,
        receivedAt: data.readDoubleLE(2),
        bytes: data.length - 10,
      });
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
