import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/analytics/showReport';
import { totalFigures } from './ReportTotals';
import { useReportFormat } from './useReportFormat';

/** Two shows' headline figures side by side, with the change from the earlier to the later. */
export function CompareTotals({ reports }: { reports: [ShowReport, ShowReport] }) {
  const { t, i18n } = useTranslation();
  const [earlier, later] = [...reports].sort((a, b) => a.show.startedAt - b.show.startedAt) as [
    ShowReport,
    ShowReport,
  ];
  const format = useReportFormat(later.show.timeZone);
  const signed = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const change = (before: number, after: number): string =>
    before === 0 ? '–' : signed.format((after - before) / before);
  return (
    <table className="report-table" aria-label={t('analytics.comparison')}>
      <thead>
        <tr>
          <th scope="col">{t('analytics.figure')}</th>
          <th scope="col">{format.dateTime(earlier.show.startedAt)}</th>
          <th scope="col">{format.dateTime(later.show.startedAt)}</th>
          <th scope="col">{t('analytics.change')}</th>
        </tr>
      </thead>
      <tbody>
        {totalFigures.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{t(label)}</th>
            <td>{format.number(earlier.totals[key])}</td>
            <td>{format.number(later.totals[key])}</td>
            <td>{change(earlier.totals[key], later.totals[key])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('analytics.medianAnswer')}</th>
          <td>{format.wait(earlier.answerTimes.medianMs)}</td>
          <td>{format.wait(later.answerTimes.medianMs)}</td>
          <td>
            {earlier.answerTimes.medianMs && later.answerTimes.medianMs
              ? change(earlier.answerTimes.medianMs, later.answerTimes.medianMs)
              : '–'}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
