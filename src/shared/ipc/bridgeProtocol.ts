/*
 * The browser studio's wire: `window.studio` carried over one WebSocket between the
 * page and main's router (ARCHITECTURE.md, "Two ways to run the same studio").
 * Messages are MessagePack, so the bytes of media imports and backup chunks travel
 * as bytes, not as base64 text.
 */
import { decode, encode } from '@msgpack/msgpack';
import type { IpcResult } from './result';

/** Where the page opens its socket, on the studio's own origin. */
export const bridgePath = '/studio-bridge';

/** The subprotocol the page asks for; the run's token is offered beside it. */
export const bridgeProtocol = 'crosslive-studio.v1';

/** Close codes the page turns into words (4000-4999 are the application's own). */
export const bridgeCloseCodes = {
  /** Another page holds the studio: one page at a time, like Electron's one window. */
  alreadyOpen: 4409,
  /** The studio process is stopping. */
  stopping: 4001,
} as const;

/** Page to main. */
export type BridgeRequest = { kind: 'invoke'; id: number; channel: string; payload?: unknown };

/** One of main's events, as the page's listeners get it. */
export interface BridgeEvent {
  event: string;
  payload: unknown;
}

/**
 * Main to page. Events main emits in one turn of its loop travel as one 'events' frame, in
 * order: four chat platforms at 200 comments a second are 400 events a second, and a frame
 * each cost main a socket write and the page a task (bench:chat).
 */
export type BridgeMessage =
  | { kind: 'result'; id: number; result: IpcResult<unknown> }
  | ({ kind: 'event' } & BridgeEvent)
  | { kind: 'events'; events: BridgeEvent[] };

// Absent optional fields stay absent (not null), so the contract's schemas read them as before.
const encodeOptions = { ignoreUndefined: true } as const;

export function encodeBridgeMessage(message: BridgeRequest | BridgeMessage): Uint8Array {
  return encode(message, encodeOptions);
}

/** Decodes one frame; anything that is not a well-formed message is undefined. */
export function decodeBridgeRequest(frame: Uint8Array): BridgeRequest | undefined {
  const message = safeDecode(frame);
  if (!isRecord(message) || message['kind'] !== 'invoke') return undefined;
  const { id, channel } = message;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || typeof channel !== 'string') return undefined;
  return { kind: 'invoke', id, channel, payload: message['payload'] };
}

export function decodeBridgeMessage(frame: Uint8Array): BridgeMessage | undefined {
  const message = safeDecode(frame);
  if (!isRecord(message)) return undefined;
  if (message['kind'] === 'result' && typeof message['id'] === 'number' && isRecord(message['result'])) {
    return { kind: 'result', id: message['id'], result: message['result'] as IpcResult<unknown> };
  }
  if (message['kind'] === 'event' && typeof message['event'] === 'string') {
    return { kind: 'event', event: message['event'], payload: message['payload'] };
  }
  if (message['kind'] === 'events' && Array.isArray(message['events'])) {
    const events = message['events'].flatMap((item: unknown) =>
      isRecord(item) && typeof item['event'] === 'string'
        ? [{ event: item['event'], payload: item['payload'] }]
        : [],
    );
    return { kind: 'events', events };
  }
  return undefined;
}

function safeDecode(frame: Uint8Array): unknown {
  try {
    return decode(frame);
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
