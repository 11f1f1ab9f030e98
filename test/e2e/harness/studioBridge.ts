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
  await page.addInitScript(() => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const bridge = window as unknown as {
      __studioInvoke(channel: string, payload: unknown): Promise<unknown>;
    };
    Object.defineProperty(window, 'studio', {
      value: Object.freeze({
        invoke: (channel: string, payload?: unknown) => bridge.__studioInvoke(channel, payload),
        on: (event: string, listener: Listener) => {
          const set = listeners.get(event) ?? new Set<Listener>();
          listeners.set(event, set);
          set.add(listener);
          return () => set.delete(listener);
        },
      }),
    });
    Object.defineProperty(window, '__studioEmit', {
      value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
    });
  });
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
