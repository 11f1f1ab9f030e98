import { z } from 'zod';
import {
  baseLanguage,
  fetchJson,
  type ProviderLanguages,
  type TranslationProvider,
  serviceUrl,
} from './translationProvider';

/** Google Cloud Translation, basic edition (v2) with an API key. */
export class GoogleTranslateProvider implements TranslationProvider {
  readonly name = 'google';

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string | undefined,
  ) {}

  async translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string> {
    const url = serviceUrl(this.baseUrl, 'language/translate/v2');
    url.searchParams.set('key', this.apiKey ?? '');
    const answer = await fetchJson(url.toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: [text], source: from, target: to, format: 'text' }),
      signal,
    });
    const parsed = z
      .object({ data: z.object({ translations: z.array(z.object({ translatedText: z.string() })).min(1) }) })
      .parse(answer);
    return parsed.data.translations[0]?.translatedText ?? '';
  }

  /** GET language/translate/v2/languages: any listed language to any other. */
  async languages(signal: AbortSignal): Promise<ProviderLanguages> {
    const url = serviceUrl(this.baseUrl, 'language/translate/v2/languages');
    url.searchParams.set('key', this.apiKey ?? '');
    const answer = await fetchJson(url.toString(), { signal });
    const codes = z
      .object({ data: z.object({ languages: z.array(z.object({ language: z.string() })) }) })
      .parse(answer)
      .data.languages.map((l) => baseLanguage(l.language));
    return { kind: 'any', sources: codes, targets: codes };
  }
}
