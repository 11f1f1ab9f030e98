import type { Statement } from 'better-sqlite3';
import type { StoredEvent } from '../../../shared/analytics/showEvents';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';

/** How often queued events reach the disk: a studio killed mid-show loses at most this much. */
export const flushEveryMs = 250;
/** Events held while the disk refuses them; past this the oldest go (and the log says how many). */
const heldAtMost = 200_000;

type Row = [number, number, string, string | null, string | null, string | null, number | null];

/**
 * Show events queued in memory and written in one transaction every quarter second, so a burst
 * of comments or clicks costs the main process one short write, not one per event. WAL with
 * synchronous=NORMAL keeps each committed batch through a kill of the process.
 */
export class EventWriter {
  private queue: Row[] = [];
  private readonly insert: Statement<Row>;
  private readonly writeAll: (rows: Row[]) => void;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    db: StudioDatabase,
    private readonly logger: Logger,
    /** Each batch's size and how long its write took: the bench reads these. */
    private readonly onFlush?: (rows: number, ms: number) => void,
  ) {
    this.insert = db.prepare(
      'INSERT INTO show_events (show_id, at, kind, market, subject, detail, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.writeAll = db.transaction((rows: Row[]) => {
      for (const row of rows) this.insert.run(...row);
    });
    this.timer = setInterval(() => this.flush(), flushEveryMs);
    this.timer.unref();
  }

  add(showId: number, event: StoredEvent): void {
    this.queue.push([showId, event.at, event.kind, event.market, event.subject, event.detail, event.value]);
  }

  /** Writes what is queued now (a report or the end of the show wants every event on disk). */
  flush(): void {
    if (this.queue.length === 0) return;
    const rows = this.queue;
    this.queue = [];
    const started = performance.now();
    try {
      this.writeAll(rows);
      this.onFlush?.(rows.length, performance.now() - started);
    } catch (error) {
      // A full or locked disk: keep the batch for the next try rather than lose the counts.
      this.queue = [...rows, ...this.queue];
      const dropped = this.queue.length - heldAtMost;
      if (dropped > 0) this.queue.splice(0, dropped);
      this.logger.error('show events not written; trying again', {
        rows: rows.length,
        dropped: Math.max(0, dropped),
        error: String(error),
      });
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
