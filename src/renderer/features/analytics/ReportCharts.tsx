import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { answerTimeBounds } from '../../../shared/analytics/questionStats';
import type { ShowReport } from '../../../shared/analytics/showReport';
import { categoryOptions, timeSeriesOptions, type TimeSeriesSpec } from './charts/chartOptions';
import { UPlotChart } from './charts/UPlotChart';
import type { ReportFormat } from './useReportFormat';
import { useMarketLabel } from './useMarketLabel';

/** The show's start and end in epoch seconds, as uPlot's time axis takes them. */
function spanOf(show: ShowReport['show']): [number, number] {
  return [show.startedAt / 1000, (show.endedAt ?? show.startedAt) / 1000];
}

interface ChartProps {
  report: ShowReport;
  format: ReportFormat;
}

function TimeChart({ label, spec, data }: { label: string; spec: TimeSeriesSpec; data: uPlot.AlignedData }) {
  const options = useCallback((w: number, h: number) => timeSeriesOptions(spec, w, h), [spec]);
  return <UPlotChart label={label} data={data} options={options} />;
}

function CategoryChart({
  label,
  labels,
  values,
  yLabel,
  color,
}: {
  label: string;
  labels: string[];
  values: number[];
  yLabel: string;
  color?: string;
}) {
  const key = labels.join('\u0000');
  const options = useCallback(
    (w: number, h: number) => categoryOptions({ labels: key.split('\u0000'), label, yLabel, color }, w, h),
    [key, label, yLabel, color],
  );
  const data = useMemo((): uPlot.AlignedData => [values.map((_, i) => i), values], [values]);
  return <UPlotChart label={label} data={data} options={options} />;
}

/** Viewers over time by market, with what was on air marked along the time axis. */
export function ViewersChart({ report }: ChartProps) {
  const { t, i18n } = useTranslation();
  const marketLabel = useMarketLabel();
  const { audience, markers, show } = report;
  const spec = useMemo(
    (): TimeSeriesSpec => ({
      series: audience.byMarket.map((m) => ({ label: marketLabel(m.market), kind: 'line' })),
      language: i18n.language,
      timeZone: show.timeZone,
      span: spanOf(show),
      markers,
      yLabel: t('analytics.viewers'),
    }),
    [audience, markers, show, marketLabel, t, i18n.language],
  );
  const data = useMemo(
    (): uPlot.AlignedData => [audience.times, ...audience.byMarket.map((m) => m.counts)],
    [audience],
  );
  return <TimeChart label={t('analytics.viewersOverTime')} spec={spec} data={data} />;
}

export function QuestionsChart({ report }: ChartProps) {
  const { t, i18n } = useTranslation();
  const { questionsPerMinute: perMinute, show } = report;
  const spec = useMemo(
    (): TimeSeriesSpec => ({
      series: [
        { label: t('analytics.asked'), kind: 'bars' },
        { label: t('analytics.answered'), kind: 'line' },
      ],
      language: i18n.language,
      timeZone: show.timeZone,
      span: spanOf(show),
      yLabel: t('analytics.perMinute'),
    }),
    [show, t, i18n.language],
  );
  const data = useMemo((): uPlot.AlignedData => {
    const of = (key: string) => perMinute.series.find((s) => s.key === key)?.counts ?? [];
    return [perMinute.minutes, of('asked'), of('answered')];
  }, [perMinute]);
  return <TimeChart label={t('analytics.questionsPerMinute')} spec={spec} data={data} />;
}

export function CommentsChart({ report, format }: ChartProps) {
  const { t, i18n } = useTranslation();
  const { commentsPerMinute: perMinute, show } = report;
  const spec = useMemo(
    (): TimeSeriesSpec => ({
      series: perMinute.series.map((s) => ({ label: format.language(s.key), kind: 'line' })),
      language: i18n.language,
      timeZone: show.timeZone,
      span: spanOf(show),
      yLabel: t('analytics.perMinute'),
    }),
    [perMinute, show, format, t, i18n.language],
  );
  const data = useMemo(
    (): uPlot.AlignedData => [perMinute.minutes, ...perMinute.series.map((s) => s.counts)],
    [perMinute],
  );
  return <TimeChart label={t('analytics.commentsPerMinute')} spec={spec} data={data} />;
}

export function AnswerTimeChart({ report, format }: ChartProps) {
  const { t } = useTranslation();
  const { buckets } = report.answerTimes;
  const labels = buckets.map((b) =>
    b.upToMs === null
      ? t('analytics.slowerThan', { time: format.wait(answerTimeBounds.at(-1) ?? 0) })
      : t('analytics.upTo', { time: format.wait(b.upToMs) }),
  );
  const values = useMemo(() => buckets.map((b) => b.count), [buckets]);
  return (
    <CategoryChart
      label={t('analytics.answerTimes')}
      labels={labels}
      values={values}
      yLabel={t('analytics.answers')}
      color="#30a46c"
    />
  );
}

/** Bars a chart can show and still be read: the rest are in the table below it. */
const barsShown = 12;

/** Buy clicks per product in each market, one bar each, the most clicked first. */
export function ClicksChart({ report }: ChartProps) {
  const { t } = useTranslation();
  const marketLabel = useMarketLabel();
  const shown = report.clicks.slice(0, barsShown);
  const labels = shown.map((c) => `${c.name}\n${marketLabel(c.market)}`);
  const values = useMemo(() => report.clicks.slice(0, barsShown).map((c) => c.clicks), [report.clicks]);
  if (values.length === 0) return <p className="muted">{t('analytics.noClicks')}</p>;
  return (
    <>
      {report.clicks.length > barsShown && (
        <p className="muted">
          {t('analytics.mostClicked', { count: barsShown, total: report.clicks.length })}
        </p>
      )}
      <CategoryChart
        label={t('analytics.clicksByProductMarket')}
        labels={labels}
        values={values}
        yLabel={t('analytics.buyClicks')}
      />
    </>
  );
}

export function PollChart({ poll }: { poll: ShowReport['polls'][number] }) {
  const { t } = useTranslation();
  return (
    <CategoryChart
      label={poll.question}
      labels={poll.options}
      values={poll.votes}
      yLabel={t('analytics.votes')}
      color="#a371f7"
    />
  );
}
