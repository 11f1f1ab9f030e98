import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowReport, ShowSummary } from '../../../shared/analytics/showReport';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { CompareTotals } from './CompareTotals';
import { ShowList } from './ShowList';
import { ShowReportView } from './ShowReportView';
import { useLiveFigures } from './useLiveFigures';
import '../../styles/reports.css';

/** Past shows and their reports: the latest opens by itself, a second ticked one is compared with it. */
export function ReportsPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const live = useLiveFigures();
  const [shows, setShows] = useState<ShowSummary[]>();
  const [open, setOpen] = useState<number[]>([]);
  const [reports, setReports] = useState<Map<number, ShowReport>>(new Map());
  const [error, setError] = useState<string>();
  const fail = useCallback((e: unknown) => setError(errorMessage(e)), [errorMessage]);

  useEffect(() => {
    call('analytics:listShows').then((list) => {
      setShows(list);
      const latest = list[0];
      if (latest) setOpen([latest.id]);
    }, fail);
  }, [fail]);
  // Reports asked for and not back yet: each is read once, however often the page renders.
  const asked = useRef(new Set<number>());
  useEffect(() => {
    for (const id of open) {
      if (reports.has(id) || asked.current.has(id)) continue;
      asked.current.add(id);
      call('analytics:getReport', { id })
        .then((report) => setReports((known) => new Map(known).set(id, report)), fail)
        .finally(() => asked.current.delete(id));
    }
  }, [open, reports, fail]);

  // The show on air grows: its open report is read again every 15 seconds.
  const onAir = live?.show.id;
  useEffect(() => {
    if (onAir === undefined || !open.includes(onAir)) return;
    const timer = setInterval(() => {
      setReports((known) => {
        const next = new Map(known);
        next.delete(onAir);
        return next;
      });
    }, 15_000);
    return () => clearInterval(timer);
  }, [onAir, open]);

  const toggle = (id: number): void =>
    setOpen((ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id].slice(-2)));
  const remove = (id: number): void => {
    call('analytics:deleteShow', { id }).then((list) => {
      setShows(list);
      setOpen((ids) => ids.filter((i) => i !== id));
    }, fail);
  };
  const shown = open.map((id) => reports.get(id)).filter((r): r is ShowReport => r !== undefined);

  return (
    <main className="reports" aria-labelledby="reports-heading">
      <h1 id="reports-heading">{t('analytics.reportsTitle')}</h1>
      {error && <p role="alert">{error}</p>}
      {shows === undefined ? (
        <p aria-busy="true" className="muted">
          {t('analytics.loading')}
        </p>
      ) : (
        <ShowList shows={shows} open={open} onToggle={toggle} onDelete={remove} onAir={onAir} />
      )}
      {shown.length === 2 && <CompareTotals reports={[shown[0], shown[1]] as [ShowReport, ShowReport]} />}
      <div className={shown.length === 2 ? 'reports__compare' : undefined}>
        {shown.map((report) => (
          <ShowReportView key={report.show.id} report={report} />
        ))}
      </div>
    </main>
  );
}
