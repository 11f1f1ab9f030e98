import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, percentages, durations and the host's clock in the UI language. */
export function useReportFormat(timeZone: string) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const language = i18n.language;
    const number = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    // With the zone's short name: on the day clocks go back, 1:00 EDT and 1:00 EST are two hours.
    const hour = new Intl.DateTimeFormat(language, {
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone,
    });
    const languages = new Intl.DisplayNames([language], { type: 'language' });
    return {
      number: (n: number) => number.format(n),
      percent: (n: number | null) => (n === null ? '–' : percent.format(n)),
      dateTime: (ms: number) => dateTime.format(ms),
      hour: (ms: number) => hour.format(ms),
      duration: (ms: number) => {
        const minutes = Math.round(ms / 60_000);
        return t('analytics.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
      },
      /** Seconds under two minutes, minutes above. */
      wait: (ms: number | null) => {
        if (ms === null) return '–';
        return ms < 120_000
          ? t('analytics.seconds', { count: Math.round(ms / 1000) })
          : t('analytics.minutes', { count: Math.round(ms / 60_000) });
      },
      language: (code: string) =>
        code === 'other'
          ? t('analytics.otherLanguages')
          : code === 'und'
            ? t('analytics.unknownLanguage')
            : (languages.of(code) ?? code),
    };
  }, [i18n.language, t, timeZone]);
}

export type ReportFormat = ReturnType<typeof useReportFormat>;
