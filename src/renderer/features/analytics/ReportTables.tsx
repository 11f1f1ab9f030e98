import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/analytics/showReport';
import type { ReportFormat } from './useReportFormat';
import { useMarketLabel } from './useMarketLabel';

interface TableProps {
  report: ShowReport;
  format: ReportFormat;
}

export function MarketsTable({ report, format }: TableProps) {
  const { t } = useTranslation();
  const marketLabel = useMarketLabel();
  return (
    <table className="report-table" aria-label={t('analytics.byMarket')}>
      <thead>
        <tr>
          <th scope="col">{t('analytics.market')}</th>
          <th scope="col">{t('analytics.uniqueViewers')}</th>
          <th scope="col">{t('analytics.peakViewers')}</th>
          <th scope="col">{t('analytics.questions')}</th>
          <th scope="col">{t('analytics.buyClicks')}</th>
        </tr>
      </thead>
      <tbody>
        {report.markets.map((m) => (
          <tr key={m.market}>
            <th scope="row">{marketLabel(m.market)}</th>
            <td>{format.number(m.uniqueViewers)}</td>
            <td>{format.number(m.peakViewers)}</td>
            <td>{format.number(m.questions)}</td>
            <td>{format.number(m.buyClicks)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClicksTable({ report, format }: TableProps) {
  const { t } = useTranslation();
  const marketLabel = useMarketLabel();
  if (report.clicks.length === 0) return null;
  return (
    <table className="report-table" aria-label={t('analytics.clickThrough')}>
      <thead>
        <tr>
          <th scope="col">{t('analytics.product')}</th>
          <th scope="col">{t('analytics.market')}</th>
          <th scope="col">{t('analytics.buyClicks')}</th>
          <th scope="col">{t('analytics.clickers')}</th>
          <th scope="col">{t('analytics.clickThrough')}</th>
        </tr>
      </thead>
      <tbody>
        {report.clicks.map((c) => (
          <tr key={`${c.productId}/${c.market}`}>
            <th scope="row">
              <bdi>{c.name}</bdi>
            </th>
            <td>{marketLabel(c.market)}</td>
            <td>{format.number(c.clicks)}</td>
            <td>{format.number(c.clickers)}</td>
            <td>{format.percent(c.clickThrough)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The show hour by hour on the host's clock: when it sold, when it was asked. */
export function HoursTable({ report, format }: TableProps) {
  const { t } = useTranslation();
  return (
    <table className="report-table" aria-label={t('analytics.byHour')}>
      <thead>
        <tr>
          <th scope="col">{t('analytics.hour')}</th>
          <th scope="col">{t('analytics.peakViewers')}</th>
          <th scope="col">{t('analytics.questions')}</th>
          <th scope="col">{t('analytics.buyClicks')}</th>
        </tr>
      </thead>
      <tbody>
        {report.hours.map((h) => (
          <tr key={h.start}>
            <th scope="row">
              <time dateTime={h.wallClock}>{format.time(h.start)}</time>
            </th>
            <td>{format.number(h.peakViewers)}</td>
            <td>{format.number(h.questions)}</td>
            <td>{format.number(h.buyClicks)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TopQuestions({ report, format }: TableProps) {
  const { t } = useTranslation();
  const marketLabel = useMarketLabel();
  if (report.topQuestions.length === 0) return <p className="muted">{t('analytics.noQuestions')}</p>;
  return (
    <ol className="report-questions" aria-label={t('analytics.topQuestions')}>
      {report.topQuestions.map((q) => (
        <li key={q.text}>
          <bdi dir="auto">{q.text}</bdi>{' '}
          <span className="muted">
            {t('analytics.askedTimes', { count: q.count, formatted: format.number(q.count) })}
            {q.markets.length > 0 && ` · ${q.markets.map(marketLabel).join(', ')}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
