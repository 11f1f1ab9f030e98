import { BrowserWindow, ipcMain } from 'electron';
import { invokeChannels } from '../../shared/ipc/contract';
import type { EventHub } from './eventHub';
import type { IpcRouter } from './router';

/**
 * Serves the router over ipcMain. The sender is the frame that sent the message
 * (not the window), so an iframe of a foreign page cannot pass as our UI.
 */
export function bindElectronIpc(router: IpcRouter, events: EventHub): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const frame = event.senderFrame;
      return router.dispatch(
        { url: frame?.url ?? '', isMainFrame: frame !== null && frame === frame.top },
        channel,
        payload,
      );
    });
  }
  events.connect((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(event, payload);
    }
  });
}
