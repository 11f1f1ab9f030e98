import { z } from 'zod';
import {
  baseLanguage,
  fetchJson,
  type ProviderLanguages,
  type TranslationProvider,
  serviceUrl,
} from './translationProvider';

/** LibreTranslate (self-hosted or libretranslate.com): POST /translate. */
export class LibreTranslateProvider implements TranslationProvider {
  readonly name = 'libretranslate';

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string | undefined,
  ) {}

  async translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string> {
    const url = serviceUrl(this.baseUrl, 'translate');
    const answer = await fetchJson(url.toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: text, source: from, target: to, format: 'text', api_key: this.apiKey ?? '' }),
      signal,
    });
    return z.object({ translatedText: z.string() }).parse(answer).translatedText;
  }

  /** GET /languages: each source language with the targets it translates into. */
  async languages(signal: AbortSignal): Promise<ProviderLanguages> {
    const answer = await fetchJson(serviceUrl(this.baseUrl, 'languages').toString(), { signal });
    const languages = z.array(z.object({ code: z.string(), targets: z.array(z.string()) })).parse(answer);
    return {
      kind: 'pairs',
      pairs: languages.flatMap((l) => l.targets.map((t) => [baseLanguage(l.code), baseLanguage(t)] as const)),
    };
  }
}
