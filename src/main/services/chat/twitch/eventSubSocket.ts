import WebSocket from 'ws';
import { PlatformRefusal } from '../platformRefusal';
import { parseEventSubFrame, type EventSubMessage } from './eventSubMessages';

/** Twitch closes with 4000–4007 for its own reasons; each is a reason to start a new session. */
const closeReasons: Record<number, string> = {
  4000: 'internal server error',
  4001: 'client sent inbound traffic',
  4002: 'client failed ping-pong',
  4003: 'connection unused',
  4004: 'reconnect grace time expired',
  4005: 'network timeout',
  4006: 'network error',
  4007: 'invalid reconnect',
};

export interface EventSubSocket {
  /** The session's id, from its welcome. */
  sessionId: string;
  keepaliveMs: number;
  close(): void;
}

/**
 * One EventSub WebSocket: resolves once its `session_welcome` came, then hands every later message
 * to `onMessage`; `onLost` hears once when it closes or fails (not when we close it).
 */
export function openEventSubSocket(
  url: string,
  onMessage: (message: EventSubMessage) => void,
  onLost: (reason: PlatformRefusal) => void,
  signal: AbortSignal,
): Promise<EventSubSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    let welcomed = false;
    let closedByUs = false;
    let ended = false;
    const close = () => {
      closedByUs = true;
      socket.close();
    };
    const fail = (reason: PlatformRefusal) => {
      // 'error' is followed by 'close': the first says why.
      if (ended) return;
      ended = true;
      signal.removeEventListener('abort', close);
      if (!welcomed) reject(reason);
      else if (!closedByUs) onLost(reason);
    };
    signal.addEventListener('abort', close, { once: true });
    const welcomeTimer = setTimeout(() => {
      fail(new PlatformRefusal('unreachable', 'no EventSub welcome'));
      close();
    }, 10_000);
    socket.on('message', (data) => {
      const message = parseEventSubFrame(data.toString());
      if (!message) return;
      if (!welcomed && message.type === 'session_welcome') {
        welcomed = true;
        clearTimeout(welcomeTimer);
        const keepalive = message.session.keepalive_timeout_seconds ?? 10;
        resolve({ sessionId: message.session.id, keepaliveMs: keepalive * 1000, close });
        return;
      }
      if (welcomed) onMessage(message);
    });
    socket.on('error', (error) => fail(new PlatformRefusal('unreachable', `EventSub: ${error.message}`)));
    socket.on('close', (code) => {
      clearTimeout(welcomeTimer);
      fail(new PlatformRefusal('unreachable', `EventSub closed ${code} ${closeReasons[code] ?? ''}`.trim()));
    });
  });
}
