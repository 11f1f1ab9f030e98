import { reportCsv } from '../../../shared/analytics/reportCsv';
import { StudioError } from '../../../shared/ipc/errors';
import type { DomainHandlers } from '../../ipc/router';
import type { PollService } from '../comments/pollService';
import type { ShowRecorder } from './showRecorder';
import type { ShowReports } from './showReports';

export function analyticsHandlers({
  recorder,
  reports,
  polls,
}: {
  recorder: ShowRecorder;
  reports: ShowReports;
  polls: PollService;
}): DomainHandlers<'analytics'> {
  return {
    'analytics:record': (events) => recorder.recordWindow(events),
    'analytics:startShow': () => recorder.start(),
    'analytics:endShow': () => recorder.end(polls.get()),
    'analytics:getLive': () => recorder.liveFigures(),
    'analytics:listShows': () => reports.list(),
    'analytics:getReport': ({ id }) => reports.report(id),
    'analytics:exportCsv': ({ id }) => ({ text: reportCsv(reports.report(id)) }),
    'analytics:deleteShow': ({ id }) => {
      if (recorder.current()?.id === id) throw new StudioError('SHOW_ON_AIR', 'the show is on air');
      reports.remove(id);
      return reports.list();
    },
  };
}
