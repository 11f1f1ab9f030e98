import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/analytics/showReport';
import type { TranslationKey } from '../../i18n/i18n';
import type { ReportFormat } from './useReportFormat';

export const totalFigures = [
  ['uniqueViewers', 'analytics.uniqueViewers'],
  ['peakViewers', 'analytics.peakViewers'],
  ['buyClicks', 'analytics.buyClicks'],
  ['comments', 'analytics.comments'],
  ['questions', 'analytics.questions'],
  ['answered', 'analytics.answered'],
  ['unanswered', 'analytics.unanswered'],
  ['votes', 'analytics.votes'],
] as const satisfies readonly (readonly [keyof ShowReport['totals'], TranslationKey])[];

/** The show's headline figures, and how fast questions were answered. */
export function ReportTotals({ report, format }: { report: ShowReport; format: ReportFormat }) {
  const { t } = useTranslation();
  return (
    <dl className="report-totals" aria-label={t('analytics.totals')}>
      {totalFigures.map(([key, label]) => (
        <div key={key}>
          <dt>{t(label)}</dt>
          <dd>{format.number(report.totals[key])}</dd>
        </div>
      ))}
      <div>
        <dt>{t('analytics.medianAnswer')}</dt>
        <dd>{format.wait(report.answerTimes.medianMs)}</dd>
      </div>
      <div>
        <dt>{t('analytics.p90Answer')}</dt>
        <dd>{format.wait(report.answerTimes.p90Ms)}</dd>
      </div>
    </dl>
  );
}
