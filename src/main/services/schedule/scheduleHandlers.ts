import type { DomainHandlers } from '../../ipc/router';
import type { ScheduleService } from './scheduleService';

export function scheduleHandlers(schedule: ScheduleService): DomainHandlers<'schedule'> {
  return {
    'schedule:get': () => schedule.state(),
    'schedule:saveSession': (session) => schedule.saveSession(session),
    'schedule:deleteSession': ({ id }) => schedule.deleteSession(id),
    'schedule:savePeaks': ({ market, windows }) => schedule.savePeaks(market, windows),
    'schedule:resetPeaks': ({ market }) => schedule.resetPeaks(market),
    'schedule:saveAvailability': (availability) => schedule.saveAvailability(availability),
    'schedule:exportIcs': () => ({ text: schedule.exportIcs() }),
    'schedule:importIcs': ({ text, defaultMarket, untitled }) =>
      schedule.importIcs(text, { defaultMarket, untitled }),
    'schedule:refreshTeamCalendar': () => schedule.refreshTeamCalendar(),
  };
}
