import type { Statement } from 'better-sqlite3';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';
import type { TranslationFailure } from '../../../shared/comments/translationFailure';
import {
  classifyTranslationError,
  PermanentTranslationError,
  type ProviderLanguages,
  type TranslationProvider,
} from './translationProvider';

export interface ResilienceOptions {
  timeoutMs: number;
  /** Tries after the first, each after a doubling pause. */
  retries: number;
  backoffMs: number;
  /** Consecutive failures that open the circuit, and for how long it stays open. */
  breakerThreshold: number;
  breakerOpenMs: number;
}

export const defaultResilience: ResilienceOptions = {
  timeoutMs: 4000,
  retries: 2,
  backoffMs: 150,
  breakerThreshold: 5,
  breakerOpenMs: 30_000,
};

/** Why a translation is missing: shown to the host as a mark on the comment, with its reason. */
export class TranslationUnavailable extends Error {
  override readonly name = 'TranslationUnavailable';

  constructor(
    message: string,
    readonly reason: TranslationFailure,
  ) {
    super(message);
  }
}

/**
 * Puts a provider behind a SQLite cache, a timeout, retries with backoff and a
 * circuit breaker: while a provider keeps failing, comments go through
 * untranslated at once (marked so) instead of queueing behind its timeouts.
 */
export class ResilientTranslator {
  private failures = 0;
  private openUntil = 0;
  private readonly lookup: Statement<[string, string, string, string], string>;
  private readonly store: Statement<[string, string, string, string, string]>;

  constructor(
    private readonly provider: TranslationProvider,
    db: StudioDatabase,
    private readonly logger: Logger,
    private readonly options: ResilienceOptions = defaultResilience,
    private readonly now: () => number = Date.now,
  ) {
    this.lookup = db
      .prepare(
        'SELECT translation FROM translation_cache WHERE provider = ? AND source = ? AND target = ? AND text = ?',
      )
      .pluck() as Statement<[string, string, string, string], string>;
    this.store = db.prepare(
      'INSERT OR REPLACE INTO translation_cache (provider, source, target, text, translation) VALUES (?, ?, ?, ?, ?)',
    );
  }

  get name(): string {
    return this.provider.name;
  }

  /** How many translations may be out at once (the provider's say; four for a service that is metered). */
  get concurrency(): number {
    return this.provider.concurrency ?? 4;
  }

  /** What the service says it translates, asked within the usual timeout. */
  languages(): Promise<ProviderLanguages> {
    return this.provider.languages(AbortSignal.timeout(this.options.timeoutMs));
  }

  async translate(text: string, from: string, to: string): Promise<string> {
    if (from === to) return text;
    const cached = this.lookup.get(this.provider.name, from, to, text);
    if (cached !== undefined) return cached;
    if (this.now() < this.openUntil)
      throw new TranslationUnavailable(`${this.provider.name} is resting after failures`, 'unreachable');
    for (let attempt = 0; ; attempt++) {
      try {
        const translation = await this.provider.translate(
          text,
          from,
          to,
          AbortSignal.timeout(this.options.timeoutMs),
        );
        this.failures = 0;
        this.store.run(this.provider.name, from, to, text, translation);
        return translation;
      } catch (error) {
        const permanent = error instanceof PermanentTranslationError;
        if (permanent || attempt >= this.options.retries) {
          if (!permanent && ++this.failures >= this.options.breakerThreshold) {
            this.openUntil = this.now() + this.options.breakerOpenMs;
            this.logger.warn('translation circuit open', { provider: this.provider.name });
          }
          throw new TranslationUnavailable(
            `${this.provider.name}: ${String(error)}`,
            classifyTranslationError(error),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, this.options.backoffMs * 2 ** attempt));
      }
    }
  }
}
