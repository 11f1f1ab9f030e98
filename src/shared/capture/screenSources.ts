import { z } from 'zod';

/** macOS's screen-recording permission; other systems always report 'granted'. */
export const screenAccessSchema = z.enum(['granted', 'denied', 'restricted', 'not-determined', 'unknown']);
export type ScreenAccess = z.infer<typeof screenAccessSchema>;

export const screenSourceSchema = z.object({
  id: z.string().max(256),
  name: z.string().max(256),
  kind: z.enum(['screen', 'window']),
  /** A small PNG as a data: URL. */
  thumbnail: z.string().max(2_000_000),
});
export type ScreenSource = z.infer<typeof screenSourceSchema>;

export const screenSourceListSchema = z.object({
  /** False where the OS offers no list (the browser then shows its own picker). */
  available: z.boolean(),
  access: screenAccessSchema,
  sources: z.array(screenSourceSchema),
});
export type ScreenSourceList = z.infer<typeof screenSourceListSchema>;
