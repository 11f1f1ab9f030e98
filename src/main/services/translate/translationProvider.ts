/** A machine-translation service: one text, from one language (ISO 639-1) to another. */
export interface TranslationProvider {
  readonly name: string;
  translate(text: string, from: string, to: string, signal: AbortSignal): Promise<string>;
}

/** A provider's refusal that retrying will not fix (an unsupported pair, a rejected key). */
export class PermanentTranslationError extends Error {
  override readonly name = 'PermanentTranslationError';
}

/** POSTs or GETs JSON, turning HTTP failures into errors (4xx other than 408/429 are permanent). */
export async function fetchJson(url: string, init: RequestInit & { signal: AbortSignal }): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    const message = `HTTP ${response.status} from ${new URL(url).host}: ${detail}`;
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
