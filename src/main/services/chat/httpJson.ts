import { PlatformRefusal } from './platformRefusal';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One HTTP request with a JSON (or empty) answer; a network failure is a refusal ('unreachable'). */
export async function requestJson(
  url: string,
  init: RequestInit & { timeoutMs?: number } = {},
): Promise<JsonResponse> {
  const { timeoutMs = 15_000, signal, ...rest } = init;
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { ...rest, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new PlatformRefusal('unreachable', `${new URL(url).host}: ${String(error)}`);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { unparsed: text.slice(0, 200) };
  }
  return { status: response.status, headers: response.headers, body };
}

export const form = (fields: Record<string, string | undefined>): URLSearchParams =>
  new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
