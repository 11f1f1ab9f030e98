import { z } from 'zod';
import { overlayLanguages } from '../markets/markets';
import { translationFailureSchema } from './translationFailure';

/** The languages viewers write in: those of the markets the studio sells to. */
export const viewerLanguages = overlayLanguages;

/**
 * Whether questions in each viewer language reach the host translated with the chosen service:
 * `host` (the host's own language, nothing to translate), `covered`, or `missing` (shown as
 * written). `failure` says why the service could not be asked at all.
 */
export const translationCoverageSchema = z.object({
  provider: z.string(),
  hostLanguage: z.string(),
  failure: translationFailureSchema.nullable(),
  languages: z.array(z.object({ language: z.string(), status: z.enum(['host', 'covered', 'missing']) })),
});
export type TranslationCoverage = z.infer<typeof translationCoverageSchema>;
