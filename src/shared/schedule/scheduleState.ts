import { z } from 'zod';
import { marketIds } from '../markets/markets';
import { hostAvailabilitySchema } from './availability';
import { marketPeaksSchema } from './peakHours';
import { busyEventSchema, sessionSchema } from './session';

/** Everything the schedule page shows, as main keeps it. */
export const scheduleStateSchema = z.object({
  sessions: z.array(sessionSchema),
  /** One entry per market, in the order of `markets`. */
  peaks: z.array(marketPeaksSchema),
  availability: hostAvailabilitySchema,
  teamCalendar: z.object({
    /** Whether a shared calendar address is stored (the address itself stays in main). */
    configured: z.boolean(),
    events: z.array(busyEventSchema),
    fetchedAt: z.number().nullable(),
  }),
});
export type ScheduleState = z.infer<typeof scheduleStateSchema>;

export const icsImportRequestSchema = z
  .object({
    text: z.string().max(5 * 1024 * 1024),
    /** For events that carry no markets of their own. */
    defaultMarket: z.enum(marketIds),
    /** The title, in the host's language, for events without one. */
    untitled: z.string().trim().min(1).max(120),
  })
  .strict();

export const reminderSchema = z.object({ sessionId: z.string(), title: z.string(), start: z.number() });
export type Reminder = z.infer<typeof reminderSchema>;
