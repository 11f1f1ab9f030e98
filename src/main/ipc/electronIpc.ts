import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels } from '../../shared/ipc/contract';
import type { Logger } from '../logging/logger';
import type { EventHub } from './eventHub';
import type { IpcRouter } from './router';
import type { SenderInfo } from './senderCheck';

/**
 * Serves the router over ipcMain. The sender is the frame that sent the message
 * (not the window), so an iframe of a foreign page cannot pass as our UI.
 */
export function bindElectronIpc(router: IpcRouter, events: EventHub, logger: Logger): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(senderOf(event, logger), channel, payload),
    );
  }
  events.connect((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(event, payload);
    }
  });
}

/**
 * The calling frame as the sender check sees it. A main frame has no parent. A
 * frame that navigated away or was destroyed before the call arrived is null, or
 * throws when read: either way it is nobody we trust.
 */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, logger: Logger): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (frame) return { url: frame.url, isMainFrame: frame.parent === null };
  } catch (error) {
    logger.warn('IPC from a disposed frame', { error: String(error) });
  }
  return { url: '', isMainFrame: false };
}
