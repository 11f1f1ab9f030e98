import { useMemo } from 'react';
import { useSettings } from '../settings/SettingsContext';

/** Date and time formatters in the UI language, on the host's clock or a market's. */
export function useScheduleFormat() {
  const [settings] = useSettings();
  const { language, hostTimeZone } = settings;
  return useMemo(() => {
    const cache = new Map<string, Intl.DateTimeFormat>();
    const formatter = (timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
      const key = `${timeZone}|${JSON.stringify(options)}`;
      let format = cache.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(language, { timeZone, ...options });
        cache.set(key, format);
      }
      return format;
    };
    return {
      hostTimeZone,
      language,
      time: (t: number, timeZone = hostTimeZone) =>
        formatter(timeZone, { hour: '2-digit', minute: '2-digit' }).format(t),
      dayTime: (t: number, timeZone = hostTimeZone) =>
        formatter(timeZone, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
        }).format(t),
      day: (t: number, timeZone = hostTimeZone) =>
        formatter(timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(t),
      /** "90 minutes", "2 weeks": Intl picks each language's plural form. */
      minutes: (count: number) =>
        new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(count),
      weeks: (count: number) =>
        new Intl.NumberFormat(language, { style: 'unit', unit: 'week', unitDisplay: 'long' }).format(count),
      range: (start: number, end: number, timeZone = hostTimeZone) =>
        formatter(timeZone, { hour: '2-digit', minute: '2-digit' }).formatRange(start, end),
    };
  }, [language, hostTimeZone]);
}

export type ScheduleFormat = ReturnType<typeof useScheduleFormat>;
