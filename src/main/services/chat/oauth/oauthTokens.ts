import { z } from 'zod';
import { PlatformRefusal } from '../platformRefusal';
import { form, requestJson } from '../httpJson';

/** What the studio keeps of a platform sign-in (a scoped secret: it never leaves main). */
export const oauthTokensSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string().optional(),
  /** Epoch ms. */
  expiresAt: z.number(),
});
export type OAuthTokens = z.infer<typeof oauthTokensSchema>;

/** RFC 6749 §5.1's token response (Google's and Twitch's alike). */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().optional(),
  expires_in: z.number().optional(),
});

export function tokensFrom(body: unknown, now: number, previous?: OAuthTokens): OAuthTokens {
  const parsed = tokenResponseSchema.safeParse(body);
  if (!parsed.success) throw new PlatformRefusal('unreachable', 'not a token response');
  const { access_token, refresh_token, expires_in = 3600 } = parsed.data;
  // Google keeps the refresh token it gave first; Twitch sends a new one each time.
  return {
    accessToken: access_token,
    refreshToken: refresh_token ?? previous?.refreshToken,
    expiresAt: now + expires_in * 1000,
  };
}

/**
 * Posts a form to a token endpoint (code exchange, refresh, device code): a 400 or 401 is the
 * grant refused (an expired or revoked refresh token), anything else unexpected is "unreachable".
 */
export async function postTokenForm(
  url: string,
  fields: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<{ status: number; body: unknown }> {
  const response = await requestJson(url, { method: 'POST', body: form(fields), signal });
  if (response.status >= 500) throw new PlatformRefusal('unreachable', `token endpoint ${response.status}`);
  return response;
}

/** The refresh token traded for a new access token; refused means the host signs in again. */
export async function refreshTokens(
  url: string,
  tokens: OAuthTokens,
  client: Record<string, string | undefined>,
  now: number,
  signal?: AbortSignal,
): Promise<OAuthTokens> {
  if (!tokens.refreshToken) throw new PlatformRefusal('tokenExpired', 'no refresh token');
  const response = await postTokenForm(
    url,
    { ...client, grant_type: 'refresh_token', refresh_token: tokens.refreshToken },
    signal,
  );
  if (response.status !== 200)
    throw new PlatformRefusal('tokenExpired', `refresh refused (${response.status})`);
  return tokensFrom(response.body, now, tokens);
}
