import type { Logger } from '../../logging/logger';
import type { ScheduleService } from './scheduleService';

const refreshEveryMs = 30 * 60_000;

/** Re-reads the team's shared calendar, when one is set, at start and every half hour; failures keep the last copy. */
export class TeamCalendarRefresher {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly schedule: ScheduleService,
    private readonly logger: Logger,
  ) {}

  start(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), refreshEveryMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async refresh(): Promise<void> {
    if (!this.schedule.state().teamCalendar.configured) return;
    try {
      await this.schedule.refreshTeamCalendar();
    } catch (error) {
      this.logger.warn('team calendar not refreshed', { error: String(error) });
    }
  }
}
