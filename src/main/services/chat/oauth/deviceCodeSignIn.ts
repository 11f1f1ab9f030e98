import { z } from 'zod';
import { PlatformRefusal } from '../platformRefusal';
import { postTokenForm, tokensFrom, type OAuthTokens } from './oauthTokens';

export interface DeviceCode {
  userCode: string;
  verificationUri: string;
  expiresAt: number;
}

export interface DeviceCodeSignInOptions {
  /** The OAuth server: `/device` and `/token` below it. */
  baseUrl: string;
  clientId: string;
  scopes: string;
  /** Shown to the host: the code to type at the address. */
  onCode(code: DeviceCode): void;
  now(): number;
  signal: AbortSignal;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const deviceResponseSchema = z.object({
  device_code: z.string(),
  user_code: z.string(),
  verification_uri: z.string(),
  expires_in: z.number(),
  interval: z.number().default(5),
});

/**
 * The device authorization grant (RFC 8628) as Twitch runs it
 * (https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/#device-code-grant-flow):
 * the host approves on any browser; the studio polls the token endpoint at the given interval,
 * slower when told to.
 */
export async function deviceCodeSignIn(options: DeviceCodeSignInOptions): Promise<OAuthTokens> {
  const { baseUrl, clientId, scopes, signal } = options;
  const started = await postTokenForm(`${baseUrl}/device`, { client_id: clientId, scopes }, signal);
  const device = deviceResponseSchema.safeParse(started.body);
  if (started.status !== 200 || !device.success) {
    throw new PlatformRefusal('notConfigured', `device code refused (${started.status})`);
  }
  const expiresAt = options.now() + device.data.expires_in * 1000;
  options.onCode({
    userCode: device.data.user_code,
    verificationUri: device.data.verification_uri,
    expiresAt,
  });
  let intervalMs = device.data.interval * 1000;
  while (options.now() < expiresAt) {
    await options.sleep(intervalMs, signal);
    const answer = await postTokenForm(
      `${baseUrl}/token`,
      {
        client_id: clientId,
        scopes,
        device_code: device.data.device_code,
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      },
      signal,
    );
    if (answer.status === 200) return tokensFrom(answer.body, options.now());
    const message = String((answer.body as { message?: unknown } | null)?.message ?? '');
    if (message === 'authorization_pending') continue;
    if (message === 'slow_down') intervalMs += 5000;
    else if (message === 'access_denied') throw new PlatformRefusal('signInDenied', 'the host declined');
    else throw new PlatformRefusal('signInTimedOut', message || `token ${answer.status}`);
  }
  throw new PlatformRefusal('signInTimedOut', 'the code expired');
}
