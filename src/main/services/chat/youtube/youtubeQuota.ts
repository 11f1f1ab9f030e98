import type { Statement } from 'better-sqlite3';
import { Temporal } from 'temporal-polyfill';
import type { StudioDatabase } from '../../store/database';

/** Google resets the daily quota at midnight Pacific time (determine_quota_cost). */
const quotaZone = 'America/Los_Angeles';

/** Units per call, from https://developers.google.com/youtube/v3/determine_quota_cost. */
export const youtubeCosts = { broadcastsList: 1, messagesList: 5, messagesInsert: 20 } as const;

/** Polls are paced to last this long at most; a show longer than that is rare. */
const showHorizonMs = 4 * 3600_000;

export interface QuotaFigures {
  used: number;
  limit: number;
  resetsAt: number;
  /** The poll interval the units left allow over the rest of the show. */
  pollMs: number;
}

/**
 * The studio's own ledger of the project's daily YouTube quota: what each call spent today,
 * and how far apart polls must be for the rest to last the show with room kept for replies.
 */
export class YoutubeQuota {
  private readonly read: Statement<[string], number>;
  private readonly add: Statement<[string, number]>;

  constructor(
    db: StudioDatabase,
    private readonly limit: () => number,
    private readonly now: () => number,
  ) {
    this.read = db
      .prepare<[string], number>("SELECT used FROM chat_quota WHERE platform = 'youtube' AND day = ?")
      .pluck();
    this.add = db.prepare(
      `INSERT INTO chat_quota (platform, day, used) VALUES ('youtube', ?, ?)
       ON CONFLICT (platform, day) DO UPDATE SET used = used + excluded.used`,
    );
  }

  spend(units: number): void {
    this.add.run(this.today(), units);
  }

  /** Google said the quota is gone, whatever the ledger thought: the rest of today is spent. */
  exhausted(): void {
    this.spend(Math.max(0, this.limit() - this.used()));
  }

  used(): number {
    return this.read.get(this.today()) ?? 0;
  }

  /** Whether `units` can be spent now, keeping `reserve` back (for replies). */
  allows(units: number, reserve = 0): boolean {
    return this.used() + units + reserve <= this.limit();
  }

  /** Units held back for replies: a host must be able to answer even when reading used the rest. */
  replyReserve(): number {
    return Math.min(Math.round(this.limit() * 0.1), 50 * youtubeCosts.messagesInsert);
  }

  figures(): QuotaFigures {
    const resetsAt = this.resetsAt();
    const left = this.limit() - this.replyReserve() - this.used();
    const polls = Math.floor(left / youtubeCosts.messagesList);
    const horizon = Math.min(resetsAt - this.now(), showHorizonMs);
    return {
      used: this.used(),
      limit: this.limit(),
      resetsAt,
      pollMs: polls <= 0 ? Math.max(0, resetsAt - this.now()) : Math.ceil(horizon / polls),
    };
  }

  resetsAt(): number {
    const here = Temporal.Instant.fromEpochMilliseconds(this.now()).toZonedDateTimeISO(quotaZone);
    return here.toPlainDate().add({ days: 1 }).toZonedDateTime(quotaZone).epochMilliseconds;
  }

  private today(): string {
    return Temporal.Instant.fromEpochMilliseconds(this.now())
      .toZonedDateTimeISO(quotaZone)
      .toPlainDate()
      .toString();
  }
}
