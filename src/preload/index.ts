/*
 * The renderer's only door to main: one `studio` object built from the IPC
 * contract. Channels outside the contract are refused here, before any IPC.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, invokeChannels } from '../shared/ipc/channels';
import { fail } from '../shared/ipc/result';
import type { StudioApi } from '../shared/ipc/studioApi';

const allowedInvokes: ReadonlySet<string> = new Set(invokeChannels);
const allowedEvents: ReadonlySet<string> = new Set(eventChannels);

const studio: StudioApi = {
  invoke: (channel, ...args) =>
    allowedInvokes.has(channel)
      ? ipcRenderer.invoke(channel, args[0])
      : Promise.resolve(fail('UNKNOWN_CHANNEL', `Unknown channel ${String(channel)}`)),
  on: (event, listener) => {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event ${String(event)}`);
    // Strip Electron's event object: the renderer sees only the payload.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void =>
      listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('studio', studio);
