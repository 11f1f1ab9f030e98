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
  Object.defineProperty(window, 'studio', {
    value: Object.freeze({
      invoke: (channel, payload) => window.__studioInvoke(channel, payload),
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
      payload,
    );
    calls.push({ channel: String(channel), payload, result });
    return result;
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
