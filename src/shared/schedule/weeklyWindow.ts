import { z } from 'zod';

/** ISO weekdays, 1 = Monday … 7 = Sunday, as Temporal counts them. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

const minuteOfDay = z.number().int().min(0).max(1440);

/**
 * A span of wall-clock time on some weekdays, in a zone given elsewhere. An end
 * at or before the start runs past midnight into the next day (20:00–01:00);
 * `days` names the day it starts on.
 */
export const weeklyWindowShape = {
  days: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: 'repeated day' }),
  start: minuteOfDay.max(1439),
  end: minuteOfDay,
};

export const isNonEmptyWindow = (w: { start: number; end: number }): boolean => w.start !== w.end;

export const weeklyWindowSchema = z
  .object(weeklyWindowShape)
  .strict()
  .refine(isNonEmptyWindow, { message: 'empty window' });
export type WeeklyWindow = z.infer<typeof weeklyWindowSchema>;

/** Minutes after midnight from `HH:MM`, as <input type="time"> gives it. */
export function parseClockTime(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** `HH:MM` from minutes after midnight; 1440 reads 24:00. */
export function formatClockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Length of a window in minutes, counting one that runs past midnight. */
export function windowMinutes(window: Pick<WeeklyWindow, 'start' | 'end'>): number {
  return window.end > window.start ? window.end - window.start : window.end + 1440 - window.start;
}
