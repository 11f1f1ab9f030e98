import { useTranslation } from 'react-i18next';
import type { ShowSummary } from '../../../shared/analytics/showReport';
import { useReportFormat } from './useReportFormat';

interface ShowListProps {
  shows: ShowSummary[];
  /** The shows open: one to read, two to compare. */
  open: number[];
  onToggle(id: number): void;
  onDelete(id: number): void;
  onAir: number | undefined;
}

/** Past shows, newest first: tick one to read its report, two to compare them. */
export function ShowList({ shows, open, onToggle, onDelete, onAir }: ShowListProps) {
  const { t, i18n } = useTranslation();
  const format = useReportFormat('UTC');
  // Each show on the host's clock of that show, as its report says it.
  const startOf = (show: ShowSummary): string =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: show.timeZone,
    }).format(show.startedAt);
  if (shows.length === 0) return <p className="muted">{t('analytics.noShows')}</p>;
  return (
    <table className="report-table show-list" aria-label={t('analytics.pastShows')}>
      <thead>
        <tr>
          <th scope="col">{t('analytics.open')}</th>
          <th scope="col">{t('analytics.show')}</th>
          <th scope="col">{t('analytics.uniqueViewers')}</th>
          <th scope="col">{t('analytics.questions')}</th>
          <th scope="col">{t('analytics.buyClicks')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('analytics.delete')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shows.map((show) => {
          const name = `${show.title || t('analytics.untitled')} · ${startOf(show)}`;
          return (
            <tr key={show.id} aria-selected={open.includes(show.id)}>
              <td>
                <input
                  type="checkbox"
                  checked={open.includes(show.id)}
                  onChange={() => onToggle(show.id)}
                  aria-label={t('analytics.openShow', { show: name })}
                />
              </td>
              <th scope="row">
                <bdi>{name}</bdi>
                {show.id === onAir && <span className="chip chip--live">{t('analytics.onAirNow')}</span>}
                {show.endedAt !== null && (
                  <span className="muted"> · {format.duration(show.endedAt - show.startedAt)}</span>
                )}
              </th>
              <td>{format.number(show.uniqueViewers)}</td>
              <td>{format.number(show.questions)}</td>
              <td>{format.number(show.buyClicks)}</td>
              <td>
                <button
                  type="button"
                  disabled={show.id === onAir}
                  onClick={() => {
                    if (window.confirm(t('analytics.confirmDelete', { show: name }))) onDelete(show.id);
                  }}
                >
                  {t('analytics.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
