import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/analytics/showReport';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import {
  AnswerTimeChart,
  ClicksChart,
  CommentsChart,
  PollChart,
  QuestionsChart,
  ViewersChart,
} from './ReportCharts';
import { ClicksTable, HoursTable, MarketsTable, TopQuestions } from './ReportTables';
import { ReportTotals } from './ReportTotals';
import { saveFile } from '../shell/saveFile';
import { reportFileName, reportHtml } from './reportExport';
import { useReportFormat } from './useReportFormat';

/** One show's report: the figures, the charts, and its export as an HTML file or CSV data. */
export function ShowReportView({ report }: { report: ShowReport }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const format = useReportFormat(report.show.timeZone);
  const view = useRef<HTMLElement>(null);
  const [error, setError] = useState<string>();
  const { show } = report;
  const title = show.title || t('analytics.untitled');

  const exportHtml = (): void => {
    if (!view.current) return;
    const html = reportHtml(view.current, { title, language: i18n.language, dir: i18n.dir() });
    saveFile(html, 'text/html;charset=utf-8', reportFileName(show, 'html'));
  };
  const exportCsv = (): void => {
    setError(undefined);
    call('analytics:exportCsv', { id: show.id }).then(
      ({ text }) => saveFile(text, 'text/csv;charset=utf-8', reportFileName(show, 'csv')),
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  return (
    <article className="report" ref={view} aria-label={title}>
      <header className="report__header">
        <div>
          <h2>
            <bdi>{title}</bdi>
          </h2>
          <p className="muted">
            {t('analytics.showWhen', {
              start: format.dateTime(show.startedAt),
              duration: format.duration(report.durationMs),
            })}
          </p>
          {show.recovered && <p className="report__note">{t('analytics.recovered')}</p>}
        </div>
        <div className="report__actions" data-export="omit">
          <button type="button" onClick={exportHtml}>
            {t('analytics.exportHtml')}
          </button>
          <button type="button" onClick={exportCsv}>
            {t('analytics.exportCsv')}
          </button>
          {error && <span role="alert">{error}</span>}
        </div>
      </header>
      <ReportTotals report={report} format={format} />
      <section aria-labelledby={`viewers-${show.id}`}>
        <h3 id={`viewers-${show.id}`}>{t('analytics.viewersOverTime')}</h3>
        <ViewersChart report={report} format={format} />
        <p className="muted report__legend">{t('analytics.markersLegend')}</p>
        <MarketsTable report={report} format={format} />
      </section>
      <section aria-labelledby={`questions-${show.id}`}>
        <h3 id={`questions-${show.id}`}>{t('analytics.questionsPerMinute')}</h3>
        <QuestionsChart report={report} format={format} />
        <h3>{t('analytics.answerTimes')}</h3>
        <AnswerTimeChart report={report} format={format} />
        <h3>{t('analytics.topQuestions')}</h3>
        <TopQuestions report={report} format={format} />
      </section>
      <section aria-labelledby={`clicks-${show.id}`}>
        <h3 id={`clicks-${show.id}`}>{t('analytics.clicksByProductMarket')}</h3>
        <ClicksChart report={report} format={format} />
        <ClicksTable report={report} format={format} />
      </section>
      <section aria-labelledby={`comments-${show.id}`}>
        <h3 id={`comments-${show.id}`}>{t('analytics.commentsPerMinute')}</h3>
        <CommentsChart report={report} format={format} />
        <h3>{t('analytics.byHour')}</h3>
        <HoursTable report={report} format={format} />
      </section>
      {report.polls.length > 0 && (
        <section aria-labelledby={`polls-${show.id}`}>
          <h3 id={`polls-${show.id}`}>{t('analytics.polls')}</h3>
          {report.polls.map((poll, i) => (
            <figure key={i} className="report__poll">
              <figcaption>
                <bdi>{poll.question}</bdi>
              </figcaption>
              <PollChart poll={poll} />
            </figure>
          ))}
        </section>
      )}
    </article>
  );
}
