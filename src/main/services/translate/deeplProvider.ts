import { z } from 'zod';
import {
  baseLanguage,
  fetchJson,
  type ProviderLanguages,
  type TranslationProvider,
  serviceUrl,
} from './translationProvider';

/** DeepL's target codes where the bare language is ambiguous or retired. */
const targets: Record<string, string> = { en: 'EN-US', pt: 'PT-BR', zh: 'ZH-HANS' };

/** DeepL API v2 (api-free.deepl.com for free keys, api.deepl.com otherwise). */
export class DeepLProvider implements TranslationProvider {
  readonly name = 'deepl';

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string | undefined,
  ) {}

  async translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string> {
    const url = serviceUrl(this.baseUrl, 'v2/translate');
    const answer = await fetchJson(url.toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `DeepL-Auth-Key ${this.apiKey ?? ''}` },
      body: JSON.stringify({
        text: [text],
        source_lang: from.toUpperCase(),
        target_lang: targets[to] ?? to.toUpperCase(),
      }),
      signal,
    });
    const [first] = z
      .object({ translations: z.array(z.object({ text: z.string() })).min(1) })
      .parse(answer).translations;
    return first?.text ?? '';
  }

  /** GET /v2/languages?type=source and ?type=target: any source to any target. */
  async languages(signal: AbortSignal): Promise<ProviderLanguages> {
    const list = async (type: 'source' | 'target'): Promise<string[]> => {
      const url = serviceUrl(this.baseUrl, 'v2/languages');
      url.searchParams.set('type', type);
      const answer = await fetchJson(url.toString(), {
        headers: { authorization: `DeepL-Auth-Key ${this.apiKey ?? ''}` },
        signal,
      });
      return z
        .array(z.object({ language: z.string() }))
        .parse(answer)
        .map((l) => baseLanguage(l.language));
    };
    const [sources, targets] = await Promise.all([list('source'), list('target')]);
    return { kind: 'any', sources, targets };
  }
}
