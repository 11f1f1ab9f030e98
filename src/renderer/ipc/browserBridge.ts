/*
 * `window.studio` for the browser studio, where no preload exists: the same
 * StudioApi carried over one WebSocket to main's router (src/main/browserStudio).
 * The run's token arrives in the URL fragment; it is moved to sessionStorage and
 * wiped from the address bar, so a shared screen never shows it and a reload
 * still works.
 */
import {
  bridgeCloseCodes,
  bridgePath,
  bridgeProtocol,
  decodeBridgeMessage,
  encodeBridgeMessage,
} from '../../shared/ipc/bridgeProtocol';
import type { ErrorCode } from '../../shared/ipc/errors';
import { fail, type IpcResult } from '../../shared/ipc/result';
import type { StudioApi } from '../../shared/ipc/studioApi';

const tokenKey = 'crosslive.bridgeToken';
// A reloaded page can reach main before main has seen the old page's socket close.
const busyRetries = 6;
const busyRetryMs = 250;

type Listener = (payload: unknown) => void;

/** Installs the bridge as `window.studio` when nothing (the preload) did. */
export function installBrowserBridge(): void {
  if ('studio' in window) return;
  const studio = createBrowserBridge(takeToken());
  Object.defineProperty(window, 'studio', { value: studio });
}

function takeToken(): string {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

function createBrowserBridge(token: string): StudioApi {
  const listeners = new Map<string, Set<Listener>>();
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  let nextId = 1;
  /** Why the bridge is down for good, once it is. */
  let lost: ErrorCode | undefined;
  const socket = connect(0);

  function connect(attempt: number): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://${location.host}${bridgePath}`, [bridgeProtocol, token]);
      ws.binaryType = 'arraybuffer';
      let opened = false;
      ws.onopen = () => {
        opened = true;
        resolve(ws);
      };
      ws.onmessage = (message: MessageEvent<ArrayBuffer>) => receive(new Uint8Array(message.data));
      ws.onclose = (event) => {
        if (event.code === bridgeCloseCodes.alreadyOpen && attempt < busyRetries) {
          setTimeout(() => connect(attempt + 1).then(resolve, reject), busyRetryMs);
          return;
        }
        lost =
          event.code === bridgeCloseCodes.alreadyOpen
            ? 'STUDIO_OPEN_ELSEWHERE'
            : opened
              ? 'STUDIO_DISCONNECTED'
              : 'STUDIO_UNREACHABLE';
        for (const settle of pending.values()) settle(fail(lost, `bridge closed (${event.code})`));
        pending.clear();
        if (!opened) reject(new Error(lost));
      };
    });
  }

  function receive(frame: Uint8Array): void {
    const message = decodeBridgeMessage(frame);
    if (message?.kind === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message?.kind === 'event') {
      listeners.get(message.event)?.forEach((listener) => listener(message.payload));
    } else if (message?.kind === 'events') {
      for (const { event, payload } of message.events)
        listeners.get(event)?.forEach((listener) => listener(payload));
    }
  }

  return {
    invoke: async (channel, ...args) => {
      const ws = await socket.catch(() => undefined);
      if (!ws || lost) return fail(lost ?? 'STUDIO_UNREACHABLE', 'the studio is not reachable');
      const id = nextId++;
      const answer = new Promise<IpcResult<unknown>>((settle) => pending.set(id, settle));
      ws.send(encodeBridgeMessage({ kind: 'invoke', id, channel, payload: args[0] }));
      return answer as never;
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => {
        set.delete(listener as Listener);
      };
    },
  };
}
