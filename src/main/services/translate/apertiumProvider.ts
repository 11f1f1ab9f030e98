import { z } from 'zod';
import {
  baseLanguage,
  fetchJson,
  PermanentTranslationError,
  type ProviderLanguages,
  type TranslationProvider,
  serviceUrl,
} from './translationProvider';

/** Apertium names languages in ISO 639-3 (Malay as zlm, its macrolanguage code). */
const iso3: Record<string, string> = {
  en: 'eng',
  es: 'spa',
  pt: 'por',
  fr: 'fra',
  de: 'deu',
  id: 'ind',
  ms: 'zlm',
  ar: 'ara',
  zh: 'zho',
  ja: 'jpn',
  th: 'tha',
  vi: 'vie',
  it: 'ita',
  ca: 'cat',
};

const fromIso3 = Object.fromEntries(Object.entries(iso3).map(([one, three]) => [three, one]));

const pairsSchema = z.object({
  responseData: z.array(z.object({ sourceLanguage: z.string(), targetLanguage: z.string() })),
});

const answerSchema = z.object({
  responseData: z.object({ translatedText: z.string() }),
  responseStatus: z.number(),
});

/** Apertium APy: rule-based, open source, runs on the host's own machine or server. */
export class ApertiumProvider implements TranslationProvider {
  readonly name = 'apertium';

  constructor(private readonly baseUrl: string) {}

  async translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string> {
    const pair = `${iso3[from] ?? from}|${iso3[to] ?? to}`;
    const url = serviceUrl(this.baseUrl, 'translate');
    const body = new URLSearchParams({ langpair: pair, q: text, markUnknown: 'no' });
    const answer = answerSchema.safeParse(
      await fetchJson(url.toString(), { method: 'POST', body, signal }).catch((error: unknown) => {
        // APy answers 400 for a pair it does not have.
        if (error instanceof PermanentTranslationError && error.reason === 'noPair')
          throw new PermanentTranslationError(`no pair ${pair}`);
        throw error;
      }),
    );
    if (!answer.success || answer.data.responseStatus !== 200)
      throw new Error(`APy answered oddly for ${pair}`);
    return answer.data.responseData.translatedText;
  }

  /** APy's GET /listPairs: the pairs installed on that server, in ISO 639-3. */
  async languages(signal: AbortSignal): Promise<ProviderLanguages> {
    const answer = pairsSchema.parse(
      await fetchJson(serviceUrl(this.baseUrl, 'listPairs').toString(), { signal }),
    );
    const one = (code: string): string => fromIso3[code.split('_')[0] ?? code] ?? baseLanguage(code);
    return {
      kind: 'pairs',
      pairs: answer.responseData.map((p) => [one(p.sourceLanguage), one(p.targetLanguage)] as const),
    };
  }
}
