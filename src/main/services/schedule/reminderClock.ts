import type { Reminder } from '../../../shared/schedule/scheduleState';
import type { Logger } from '../../logging/logger';
import type { ScheduleService } from './scheduleService';

export interface ReminderClockOptions {
  schedule: ScheduleService;
  /** Shows the reminder: the event to the windows, and a system notification where there is one. */
  remind(reminder: Reminder): void;
  logger: Logger;
  now?: () => number;
}

/**
 * Wakes when the next reminder falls due. Timers sleep at most a minute, so a
 * laptop waking from sleep or a changed system clock is noticed promptly, and
 * reminders missed while the studio was closed still go out if their session
 * has not started. Each goes out once (recorded in the database).
 */
export class ReminderClock {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;
  private stopped = false;

  constructor(private readonly options: ReminderClockOptions) {
    this.now = options.now ?? Date.now;
  }

  start(): void {
    this.stopped = false;
    this.tick();
  }

  /** Re-plans after a change to the sessions. */
  reschedule(): void {
    if (!this.stopped) this.tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private tick(): void {
    clearTimeout(this.timer);
    const now = this.now();
    for (const session of this.options.schedule.dueReminders(now)) {
      this.options.schedule.markReminded(session.id, now);
      this.options.logger.info('reminder', { id: session.id });
      this.options.remind({ sessionId: session.id, title: session.title, start: session.start });
    }
    const next = this.options.schedule.nextReminderAt(now);
    if (next === undefined) return;
    this.timer = setTimeout(() => this.tick(), Math.min(Math.max(next - now, 0) + 5, 60_000));
    this.timer.unref?.();
  }
}
