import type { TranslationCoverage } from '../../../shared/comments/translationCoverage';
import { viewerLanguages } from '../../../shared/comments/translationCoverage';
import type { ResilientTranslator } from './resilientTranslator';
import { classifyTranslationError, type ProviderLanguages } from './translationProvider';

type Status = TranslationCoverage['languages'][number]['status'];

/** Whether the service translates `from` into `to`, by what it lists. */
export function translates(languages: ProviderLanguages, from: string, to: string): boolean {
  switch (languages.kind) {
    case 'all':
      return true;
    case 'any':
      return languages.sources.includes(from) && languages.targets.includes(to);
    case 'pairs':
      return languages.pairs.some(([source, target]) => source === from && target === to);
  }
}

/** Each viewer language's fate with these languages, for a host reading `host`. */
export function coverageOf(
  languages: ProviderLanguages | undefined,
  host: string,
): TranslationCoverage['languages'] {
  return viewerLanguages.map((language) => {
    const status: Status =
      language === host ? 'host' : languages && translates(languages, language, host) ? 'covered' : 'missing';
    return { language, status };
  });
}

/**
 * Asks the configured service what it translates (APy /listPairs, DeepL and LibreTranslate
 * /languages, Google's languages list; a chat model by a one-sentence test) and sets that
 * against the viewers' languages. An unreachable service covers nothing, and says why.
 */
export async function checkTranslationCoverage(
  translator: ResilientTranslator | undefined,
  provider: string,
  host: string,
): Promise<TranslationCoverage> {
  if (!translator)
    return { provider, hostLanguage: host, failure: null, languages: coverageOf(undefined, host) };
  try {
    const languages = await translator.languages();
    return { provider, hostLanguage: host, failure: null, languages: coverageOf(languages, host) };
  } catch (error) {
    return {
      provider,
      hostLanguage: host,
      failure: classifyTranslationError(error),
      languages: coverageOf(undefined, host),
    };
  }
}
