import { z } from 'zod';

/** Names main's log lines already use for themselves: a renderer field may not take them. */
const reserved = new Set(['time', 'level', 'scope', 'message']);

/**
 * A line of the renderer's log (the show's lifecycle, the backup, errors a host would report),
 * bounded so a page that misbehaves cannot flood main.log with one call.
 */
export const rendererLogLineSchema = z
  .object({
    level: z.enum(['info', 'warn', 'error']),
    /** Which part of the renderer: live, backup, window. */
    scope: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
    message: z.string().min(1).max(300),
    fields: z
      .record(
        z
          .string()
          .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,31}$/)
          .refine((key) => !reserved.has(key), 'reserved'),
        z.union([z.string().max(500), z.number(), z.boolean(), z.null()]),
      )
      .refine((fields) => Object.keys(fields).length <= 12, 'at most 12 fields')
      .optional(),
  })
  .strict();
export type RendererLogLine = z.infer<typeof rendererLogLineSchema>;
