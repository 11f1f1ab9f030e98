import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/analytics/showReport';
import type { ReportFormat } from './useReportFormat';
import { useMarketLabel } from './useMarketLabel';

interface TableProps {
  report: ShowReport;
  format: ReportFormat;
}

/** A table of counts: a name per row, then its figures under the column heads. */
function FiguresTable({
  label,
  heads,
  rows,
  format,
}: {
  label: string;
  heads: string[];
  rows: { key: string | number; name: ReactNode; figures: number[] }[];
  format: ReportFormat;
}) {
  return (
    <table className="report-table" aria-label={label}>
      <thead>
        <tr>
          {heads.map((head) => (
            <th scope="col" key={head}>
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            {row.figures.map((figure, i) => (
              <td key={i}>{format.number(figure)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MarketsTable({ report, format }: TableProps) {
  const { t } = useTranslation();
  const marketLabel = useMarketLabel();
  return (
    <FiguresTable
      label={t('analytics.byMarket')}
      heads={[
        t('analytics.market'),
        t('analytics.uniqueViewers'),
        t('analytics.peakViewers'),
        t('analytics.questions'),
        t('analytics.buyClicks'),
      ]}
      rows={report.markets.map((m) => ({
        key: m.market,
        name: marketLabel(m.market),
        figures: [m.uniqueViewers, m.peakViewers, m.questions, m.buyClicks],
      }))}
      format={format}
    />
  );
}

/**
 * Buy clicks as a product × market grid: each cell the clicks, and the click-through (the share
 * of the market's viewers who clicked that product).
 */
export function ClicksTable({ report, format }: TableProps) {
  const { t } = useTranslation();
  const marketLabel = useMarketLabel();
  if (report.clicks.length === 0) return null;
  const products = [...new Map(report.clicks.map((c) => [c.productId, c.name]))];
  const markets = report.markets
    .map((m) => m.market)
    .filter((m) => report.clicks.some((c) => c.market === m));
  const cell = (productId: string, market: string) =>
    report.clicks.find((c) => c.productId === productId && c.market === market);
  return (
    <table className="report-table report-table--grid" aria-label={t('analytics.clickThrough')}>
      <thead>
        <tr>
          <th scope="col">{t('analytics.product')}</th>
          {markets.map((market) => (
            <th scope="col" key={market}>
              {marketLabel(market)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {products.map(([productId, name]) => (
          <tr key={productId}>
            <th scope="row">
              <bdi>{name}</bdi>
            </th>
            {markets.map((market) => {
              const clicks = cell(productId, market);
              return (
                <td key={market}>
                  {clicks ? format.number(clicks.clicks) : '–'}
                  {clicks && <span className="muted"> · {format.percent(clicks.clickThrough)}</span>}
                </td>
              );
            })}
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
    <FiguresTable
      label={t('analytics.byHour')}
      heads={[
        t('analytics.hour'),
        t('analytics.peakViewers'),
        t('analytics.questions'),
        t('analytics.buyClicks'),
      ]}
      rows={report.hours.map((h) => ({
        key: h.start,
        name: <time dateTime={h.wallClock}>{format.hour(h.start)}</time>,
        figures: [h.peakViewers, h.questions, h.buyClicks],
      }))}
      format={format}
    />
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
