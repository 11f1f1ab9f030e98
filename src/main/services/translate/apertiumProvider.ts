import { z } from 'zod';
import {
  baseLanguage,
  fetchJson,
  PermanentTranslationError,
  type ProviderLanguages,
  type TranslationProvider,
  serviceUrl,
} from './translationProvider';
import { pivotFor, withPivots } from './pivotPairs';
import { ApertiumBatches } from './apertiumBatches';

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

/** How long the server's list of pairs is trusted before it is asked again. */
const pairsForMs = 10 * 60_000;

/**
 * Apertium APy: rule-based, open source, runs on the host's own machine or server. Where the
 * server has no pair for two languages, it translates through a third it has pairs for both ways
 * with (pivotPairs.ts).
 */
export class ApertiumProvider implements TranslationProvider {
  readonly name = 'apertium';
  // Every text waiting is handed over: what queues behind a busy pair goes as one request.
  readonly concurrency = 200;
  private pairs: { at: number; list: Promise<(readonly [string, string])[]> } | undefined;
  private readonly batches = new ApertiumBatches(
    (pair) => (html, signal) => this.request(pair, html, signal),
  );

  constructor(
    private readonly baseUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  async translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string> {
    const pairs = await this.installedPairs(signal).catch(() => undefined);
    const pivot = pairs && pivotFor(pairs, from, to);
    if (!pivot) return this.translateOnce(text, from, to, signal);
    return this.translateOnce(await this.translateOnce(text, from, pivot, signal), pivot, to, signal);
  }

  /** APy's GET /listPairs (the pairs installed on that server), with those one pivot away. */
  async languages(signal: AbortSignal): Promise<ProviderLanguages> {
    return { kind: 'pairs', pairs: withPivots(await this.installedPairs(signal)) };
  }

  private installedPairs(signal: AbortSignal): Promise<(readonly [string, string])[]> {
    if (!this.pairs || this.now() - this.pairs.at > pairsForMs) {
      const list = fetchJson(serviceUrl(this.baseUrl, 'listPairs').toString(), { signal }).then((answer) => {
        const one = (code: string): string => fromIso3[code.split('_')[0] ?? code] ?? baseLanguage(code);
        return pairsSchema
          .parse(answer)
          .responseData.map((p) => [one(p.sourceLanguage), one(p.targetLanguage)] as const);
      });
      this.pairs = { at: this.now(), list };
      // A failed ask is not kept: the next translation asks again.
      list.catch(() => {
        if (this.pairs?.list === list) this.pairs = undefined;
      });
    }
    return this.pairs.list;
  }

  private translateOnce(text: string, from: string, to: string, signal: AbortSignal): Promise<string> {
    return this.batches.translate(`${iso3[from] ?? from}|${iso3[to] ?? to}`, text, signal);
  }

  /** One APy request: the texts as HTML paragraphs (APy's default format), translated in one pass. */
  private async request(pair: string, html: string, signal: AbortSignal): Promise<string> {
    const url = serviceUrl(this.baseUrl, 'translate');
    const body = new URLSearchParams({ langpair: pair, q: html, markUnknown: 'no' });
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
}
