import type { WindowEvent } from '../../../shared/analytics/showEvents';
import { call } from '../../ipc/studio';

/** How long the window gathers show events before sending them to main in one call. */
const gatherMs = 250;

/**
 * What the studio window sees of the show (viewers, buy clicks, the program), sent to main in
 * batches: a rush of joins is one IPC call, not hundreds. Main counts them while a show is on.
 */
export class ShowEventSink {
  private queue: WindowEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (events: WindowEvent[]) => Promise<void> = sendToMain) {}

  record(event: WindowEvent): void {
    this.queue.push(event);
    this.timer ??= setTimeout(() => this.flush(), gatherMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const events = this.queue;
    this.queue = [];
    this.send(events).catch((error: unknown) => console.warn('show events not counted', error));
  }
}

function sendToMain(events: WindowEvent[]): Promise<void> {
  return call('analytics:record', events);
}

/** The window's one sink: the publisher's audience and the program's changes share it. */
export const showEvents = new ShowEventSink();
