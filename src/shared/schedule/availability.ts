import { z } from 'zod';
import { weeklyWindowSchema } from './weeklyWindow';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'not a YYYY-MM-DD date' });

/** When the host can be on camera, in the host's own time zone. */
export const hostAvailabilitySchema = z
  .object({
    workingHours: z.array(weeklyWindowSchema).max(28),
    /** Whole local days off (holidays, travel), YYYY-MM-DD. */
    daysOff: z.array(isoDate).max(366),
  })
  .strict();
export type HostAvailability = z.infer<typeof hostAvailabilitySchema>;

/** Until the host says otherwise: every day from 08:00 to midnight, which spans most markets' evenings. */
export const defaultAvailability: HostAvailability = {
  workingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: 8 * 60, end: 1440 }],
  daysOff: [],
};
