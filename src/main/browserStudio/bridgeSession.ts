import type { WebSocket } from 'ws';
import {
  decodeBridgeRequest,
  encodeBridgeMessage,
  type BridgeEvent,
  type BridgeMessage,
} from '../../shared/ipc/bridgeProtocol';
import type { EventChannel } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { IpcRouter } from '../ipc/router';
import type { SenderInfo } from '../ipc/senderCheck';
import type { Logger } from '../logging/logger';

/** Told of every call a page made and main's answer (the e2e tests read them). */
export type CallObserver = (call: { channel: string; payload: unknown; result: IpcResult<unknown> }) => void;

/**
 * One page on the bridge: each frame is a call into the router, answered on the
 * same socket with the call's id, and main's events are pushed to it. The sender
 * is the origin the upgrade was checked against, as Electron's senderFrame is.
 */
export class BridgeSession {
  /** Events emitted in this turn of main's loop, sent together once it ends. */
  private queued: BridgeEvent[] = [];
  private flushScheduled = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly sender: SenderInfo,
    private readonly router: IpcRouter,
    private readonly logger: Logger,
    private readonly observe?: CallObserver,
  ) {
    socket.on('message', (data, isBinary) => {
      if (!isBinary) {
        this.refuse('text frame');
        return;
      }
      void this.serve(toBytes(data));
    });
  }

  /** Pushes one of main's events to the page, with the others of this turn. */
  emit(event: EventChannel, payload: unknown): void {
    this.queued.push({ event, payload });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flushEvents());
  }

  close(code: number, reason: string): void {
    this.flushEvents();
    this.socket.close(code, reason);
  }

  private flushEvents(): void {
    this.flushScheduled = false;
    const events = this.queued;
    if (events.length === 0) return;
    this.queued = [];
    const [only] = events;
    this.send(events.length === 1 && only ? { kind: 'event', ...only } : { kind: 'events', events });
  }

  private async serve(frame: Uint8Array): Promise<void> {
    const request = decodeBridgeRequest(frame);
    if (!request) {
      this.refuse('malformed frame');
      return;
    }
    const result = await this.router.dispatch(this.sender, request.channel, request.payload);
    this.observe?.({ channel: request.channel, payload: request.payload, result });
    // What the call emitted reaches the page before its answer, as with Electron's IPC.
    this.flushEvents();
    this.send({ kind: 'result', id: request.id, result });
  }

  private send(message: BridgeMessage): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(encodeBridgeMessage(message));
  }

  private refuse(reason: string): void {
    this.logger.warn('bridge frame refused', { reason });
    this.socket.close(1007, reason);
  }
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
