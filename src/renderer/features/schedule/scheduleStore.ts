import type { MarketId } from '../../../shared/markets/markets';
import type { HostAvailability } from '../../../shared/schedule/availability';
import type { PeakWindow } from '../../../shared/schedule/peakHours';
import type { ScheduleState } from '../../../shared/schedule/scheduleState';
import type { Session } from '../../../shared/schedule/session';
import { call } from '../../ipc/studio';

/** The schedule as main keeps it; loads once and follows `schedule:onChanged`. */
export class ScheduleStore {
  private state: ScheduleState | undefined;
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;

  /** Starts following main; returns the stop function, for an effect. */
  follow(): () => void {
    const stop = window.studio.on('schedule:onChanged', (state) => this.replace(state));
    this.loading ??= call('schedule:get').then((state) => {
      this.state ??= state;
      this.notify();
    });
    return stop;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Undefined until the first answer from main. */
  readonly getSnapshot = (): ScheduleState | undefined => this.state;

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

  private replace(state: ScheduleState): void {
    this.state = state;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
