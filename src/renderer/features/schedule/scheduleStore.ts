import type { MarketId } from '../../../shared/markets/markets';
import type { HostAvailability } from '../../../shared/schedule/availability';
import type { PeakWindow } from '../../../shared/schedule/peakHours';
import type { ScheduleState } from '../../../shared/schedule/scheduleState';
import type { Session } from '../../../shared/schedule/session';
import { MainMirror } from '../../ipc/mainMirror';
import { call } from '../../ipc/studio';

/** The schedule as main keeps it; loads once and follows `schedule:onChanged`. */
export class ScheduleStore extends MainMirror<ScheduleState> {
  constructor() {
    super(
      () => call('schedule:get'),
      (apply) => window.studio.on('schedule:onChanged', apply),
    );
  }

  async saveSession(session: Session): Promise<void> {
    this.replace(await call('schedule:saveSession', session));
  }

  async deleteSession(id: string): Promise<void> {
    this.replace(await call('schedule:deleteSession', { id }));
  }

  async savePeaks(market: MarketId, windows: PeakWindow[]): Promise<void> {
    this.replace(await call('schedule:savePeaks', { market, windows }));
  }

  async resetPeaks(market: MarketId): Promise<void> {
    this.replace(await call('schedule:resetPeaks', { market }));
  }

  async saveAvailability(availability: HostAvailability): Promise<void> {
    this.replace(await call('schedule:saveAvailability', availability));
  }

  async refreshTeamCalendar(): Promise<void> {
    this.replace(await call('schedule:refreshTeamCalendar'));
  }
}
