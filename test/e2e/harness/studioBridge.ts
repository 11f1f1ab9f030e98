import type { Page } from '@playwright/test';
import type { EventChannel } from '../../../src/shared/ipc/contract';
import type { IpcResult } from '../../../src/shared/ipc/result';
import type { IpcRouter } from '../../../src/main/ipc/router';

/** One IPC call as the page made it and as main answered it. */
export interface BridgeCall {
  channel: string;
  payload: unknown;
  result: IpcResult<unknown>;
}

/**
 * What the preload exposes, rebuilt in the page: `studio.invoke` forwards to the
 * binding, `studio.on` keeps listeners for `__studioEmit`. Plain JavaScript text,
 * because a serialised TypeScript function carries compiler helpers (esbuild's
 * `__name`) that do not exist in the page.
 */
const bridgeScript = `(() => {
  const listeners = new Map();
  // Playwright's binding carries JSON; bytes travel as base64 and are rebuilt on each side.
  const encode = (value) => {
    if (value instanceof Uint8Array) {
      let text = '';
      for (let i = 0; i < value.length; i += 0x8000) text += String.fromCharCode(...value.subarray(i, i + 0x8000));
      return { __bytes: btoa(text) };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  const decode = (value) => {
    if (value && typeof value === 'object' && typeof value.__bytes === 'string') {
      return Uint8Array.from(atob(value.__bytes), (c) => c.charCodeAt(0));
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  Object.defineProperty(window, 'studio', {
    value: Object.freeze({
      invoke: async (channel, payload) => decode(await window.__studioInvoke(channel, encode(payload))),
      on: (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    }),
  });
  Object.defineProperty(window, '__studioEmit', {
    value: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  });
})();`;

/** Node's side of the base64 transport of bytes (see bridgeScript). */
function decodeBytes(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const bytes = (value as { __bytes?: unknown }).__bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}

function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  }
  return value;
}

/**
 * Installs `window.studio` in `page` the way the preload does in Electron, but
 * over Playwright's exposeBinding: every call goes through `router.dispatch` with
 * the calling frame as sender, so the sender check runs for real.
 */
export async function installStudioBridge(
  page: Page,
  router: () => IpcRouter,
  calls: BridgeCall[] = [],
): Promise<{ emit(event: EventChannel, payload: unknown): void }> {
  await page.exposeBinding('__studioInvoke', async (source, channel: unknown, payload: unknown) => {
    const result = await router().dispatch(
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      channel,
      decodeBytes(payload),
    );
    calls.push({ channel: String(channel), payload, result });
    return encodeBytes(result);
  });
  await page.addInitScript({ content: bridgeScript });
  return {
    emit(event, payload) {
      page
        .evaluate(
          ([e, p]) =>
            (window as unknown as { __studioEmit(e: unknown, p: unknown): void }).__studioEmit(e, p),
          [event, payload] as const,
        )
        .catch(() => undefined); // the page may be closing; events to it are moot then
    },
  };
}
