import { z } from 'zod';

/**
 * Why a comment reached the host untranslated, in words the host can act on: the service has no
 * pair for these languages, cannot be reached, refused the key, or took too long.
 */
export const translationFailures = ['noPair', 'unreachable', 'keyRefused', 'timedOut'] as const;
export const translationFailureSchema = z.enum(translationFailures);
export type TranslationFailure = z.infer<typeof translationFailureSchema>;
