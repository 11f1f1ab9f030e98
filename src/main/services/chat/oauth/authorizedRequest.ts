import { requestJson, type JsonResponse } from '../httpJson';
import { PlatformRefusal } from '../platformRefusal';
import type { TokenKeeper } from './tokenKeeper';

/**
 * A request with the platform's bearer token; a 401 refreshes the token and tries once more, a
 * second 401 means the sign-in is gone.
 */
export async function authorizedJson(
  tokens: TokenKeeper,
  url: string,
  init: RequestInit & { headers?: Record<string, string> },
): Promise<JsonResponse> {
  let token = await tokens.accessToken();
  for (let attempt = 0; ; attempt++) {
    const response = await requestJson(url, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${token}` },
    });
    if (response.status !== 401) return response;
    if (attempt > 0) throw new PlatformRefusal('tokenExpired', `${new URL(url).pathname}: 401`);
    token = await tokens.accessToken(token);
  }
}
