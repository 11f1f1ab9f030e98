import { detectAll } from 'tinyld';

/**
 * The language of a comment (ISO 639-1), offline, with tinyld (built for short
 * texts). When it is unsure, the language the viewer's page speaks wins: a
 * viewer in Mexico writing "ok gracias" is most likely writing Spanish.
 */
export function detectLanguage(text: string, hint: string | undefined): string {
  const [best] = detectAll(text);
  const hinted = hint?.split('-')[0]?.toLowerCase();
  if (best && best.accuracy >= 0.5) return best.lang;
  return hinted || best?.lang || 'und';
}
