import type { TranslationFailure } from '../../../shared/comments/translationFailure';

/** What a service translates: any language to any other it lists, or these pairs (ISO 639-1). */
export type ProviderLanguages =
  | { kind: 'all' }
  | { kind: 'any'; sources: readonly string[]; targets: readonly string[] }
  | { kind: 'pairs'; pairs: readonly (readonly [string, string])[] };

/** A machine-translation service: one text, from one language (ISO 639-1) to another. */
export interface TranslationProvider {
  readonly name: string;
  /** Translations it takes at once: few for a metered cloud service, many for one that batches (Apertium). */
  readonly concurrency?: number;
  translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string>;
  /** What it can translate, as the service itself says. */
  languages(signal: AbortSignal): Promise<ProviderLanguages>;
}

/** "PT-BR", "zh-CN", "ZH-HANS", "spa_ES" → the language alone, lower case. */
export const baseLanguage = (code: string): string => code.split(/[-_]/)[0]?.toLowerCase() ?? code;

/** A provider's refusal that retrying will not fix: an unsupported pair, or a rejected key. */
export class PermanentTranslationError extends Error {
  override readonly name = 'PermanentTranslationError';

  constructor(
    message: string,
    readonly reason: Extract<TranslationFailure, 'noPair' | 'keyRefused'> = 'noPair',
  ) {
    super(message);
  }
}

/** POSTs or GETs JSON, turning HTTP failures into errors (4xx other than 408/429 are permanent). */
export async function fetchJson(url: string, init: RequestInit & { signal: AbortSignal }): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    const message = `HTTP ${response.status} from ${new URL(url).host}: ${detail}`;
    // 401/403: the key; any other 4xx (other than timeouts and rate limits): the languages asked for.
    if (response.status === 401 || response.status === 403)
      throw new PermanentTranslationError(message, 'keyRefused');
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
      throw new PermanentTranslationError(message);
    throw new Error(message);
  }
  return response.json();
}

/** `path` under a service's base address, whether or not the address the host typed ends with "/". */
export function serviceUrl(baseUrl: string, path: string): URL {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

/** What went wrong with a translation, as the host is told it. */
export function classifyTranslationError(error: unknown): TranslationFailure {
  if (error instanceof PermanentTranslationError) return error.reason;
  // AbortSignal.timeout ends fetch with a TimeoutError.
  if (error instanceof Error && error.name === 'TimeoutError') return 'timedOut';
  return 'unreachable';
}
