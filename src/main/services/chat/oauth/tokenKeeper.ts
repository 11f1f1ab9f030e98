import type { ChatPlatform } from '../../../../shared/chat/chatPlatforms';
import type { SecretStore } from '../../secrets/secretStore';
import { PlatformRefusal } from '../platformRefusal';
import { oauthTokensSchema, type OAuthTokens } from './oauthTokens';

/** Refreshed this long before the platform would refuse the access token. */
const refreshAheadMs = 60_000;

/**
 * A platform's sign-in, kept encrypted in the secret store: hands out a valid access token,
 * refreshing it ahead of expiry (or when the platform refused it), once at a time.
 */
export class TokenKeeper {
  private refreshing: Promise<OAuthTokens> | undefined;

  constructor(
    private readonly secrets: SecretStore,
    private readonly platform: ChatPlatform,
    private readonly refresh: (tokens: OAuthTokens) => Promise<OAuthTokens>,
    private readonly now: () => number,
  ) {}

  private get name() {
    return `chatToken:${this.platform}` as const;
  }

  signedIn(): boolean {
    return this.read() !== undefined;
  }

  save(tokens: OAuthTokens): void {
    this.secrets.set(this.name, JSON.stringify(tokens));
  }

  clear(): void {
    this.secrets.clear(this.name);
  }

  /** A token the platform will take; `stale` is one it just refused (a 401). */
  async accessToken(stale?: string): Promise<string> {
    const tokens = this.read();
    if (!tokens) throw new PlatformRefusal('tokenExpired', 'not signed in');
    const fresh = tokens.accessToken !== stale && tokens.expiresAt - refreshAheadMs > this.now();
    if (fresh) return tokens.accessToken;
    this.refreshing ??= this.refresh(tokens)
      .then((next) => {
        this.save(next);
        return next;
      })
      .catch((error: unknown) => {
        // A refused refresh token is dead: the host signs in again, no retry can mend it.
        if (error instanceof PlatformRefusal && error.problem === 'tokenExpired') this.clear();
        throw error;
      })
      .finally(() => (this.refreshing = undefined));
    return (await this.refreshing).accessToken;
  }

  /** The stored sign-in; none when it cannot be read (another keychain, a damaged row): sign in again. */
  private read(): OAuthTokens | undefined {
    try {
      const json = this.secrets.get(this.name);
      if (json === undefined) return undefined;
      const parsed = oauthTokensSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}
