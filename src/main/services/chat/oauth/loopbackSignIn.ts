import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PlatformRefusal } from '../platformRefusal';
import { postTokenForm, tokensFrom, type OAuthTokens } from './oauthTokens';

export interface LoopbackSignInOptions {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  /** Google issues one to "Desktop app" clients; it is not secret there, but kept as one here. */
  clientSecret?: string;
  scope: string;
  /** Opens the consent page in the host's browser. */
  openBrowser(url: string): Promise<void>;
  now(): number;
  signal: AbortSignal;
  /** How long the host has to consent. */
  timeoutMs?: number;
}

/** The page the browser lands on after consent: it only has to say the studio got the answer. */
const landingPage = (ok: boolean) =>
  `<!doctype html><meta charset="utf-8"><title>CrossLive Studio</title>` +
  `<p style="font:2rem system-ui;text-align:center;margin-top:20vh">CrossLive Studio ${ok ? '✓' : '✗'}</p>`;

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/**
 * OAuth 2.0 for installed apps (RFC 8252): a loopback redirect on a port of our own, with PKCE
 * (RFC 7636, S256) and a state value, as Google documents at
 * https://developers.google.com/identity/protocols/oauth2/native-app.
 */
export async function loopbackSignIn(options: LoopbackSignInOptions): Promise<OAuthTokens> {
  const verifier = base64url(randomBytes(48));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const state = base64url(randomBytes(16));
  const { signal, timeoutMs = 5 * 60_000 } = options;

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const code = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new PlatformRefusal('signInTimedOut', 'no answer from the consent page')),
        timeoutMs,
      );
      const abort = () => reject(new PlatformRefusal('signInDenied', 'sign-in cancelled'));
      signal.addEventListener('abort', abort, { once: true });
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
      };
      server.on('request', (req, res) => {
        const query = new URL(req.url ?? '/', redirectUri).searchParams;
        // Anything else (a favicon, a stray page) is not the answer.
        if (!query.has('code') && !query.has('error')) return void res.writeHead(404).end();
        const ok = query.get('state') === state && query.has('code');
        res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8' }).end(landingPage(ok));
        if (query.get('state') !== state) return; // not our request: keep waiting for ours
        settle();
        const given = query.get('code');
        if (given) resolve(given);
        else reject(new PlatformRefusal('signInDenied', query.get('error') ?? 'denied'));
      });
      const url = new URL(options.authorizeUrl);
      url.search = new URLSearchParams({
        client_id: options.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: options.scope,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state,
        // A refresh token, so the host signs in once and not before every show.
        access_type: 'offline',
        prompt: 'consent',
      }).toString();
      options.openBrowser(url.toString()).catch((error: unknown) => {
        settle();
        reject(new PlatformRefusal('unreachable', `no browser: ${String(error)}`));
      });
    });
    const response = await postTokenForm(
      options.tokenUrl,
      {
        code,
        client_id: options.clientId,
        client_secret: options.clientSecret,
        code_verifier: verifier,
        grant_type: 'authorization_code',
        redirect_uri: redirectUri,
      },
      signal,
    );
    if (response.status !== 200)
      throw new PlatformRefusal('signInDenied', `code refused (${response.status})`);
    return tokensFrom(response.body, options.now());
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
