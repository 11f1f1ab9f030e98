import type { Statement } from 'better-sqlite3';
import { marketIds, type MarketId } from '../../../shared/markets/markets';
import {
  defaultAvailability,
  hostAvailabilitySchema,
  type HostAvailability,
} from '../../../shared/schedule/availability';
import {
  defaultMarketPeaks,
  peakWindowSchema,
  type MarketPeaks,
  type PeakWindow,
} from '../../../shared/schedule/peakHours';
import type { ScheduleState } from '../../../shared/schedule/scheduleState';
import {
  busyEventSchema,
  sessionSchema,
  type BusyEvent,
  type Session,
} from '../../../shared/schedule/session';
import { StudioError } from '../../../shared/ipc/errors';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';
import { sessionsToIcs } from './icsExport';
import { readIcs, sessionIdFromUid } from './icsImport';
import { z } from 'zod';

const dayMs = 86_400_000;

export interface ScheduleDependencies {
  db: StudioDatabase;
  events: EventHub;
  logger: Logger;
  hostTimeZone(): string;
  productNames(): ReadonlyMap<string, string>;
  /** The shared calendar's private address, from the secret store. */
  teamCalendarUrl(): string | undefined;
  fetchCalendar(url: string): Promise<string>;
  now(): number;
}

export interface IcsImportResult {
  imported: number;
  skipped: number;
}

/** Sessions, peak hours, the host's availability and the team calendar, in SQLite. */
export class ScheduleService {
  private readonly statements;
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly deps: ScheduleDependencies) {
    const { db } = deps;
    this.statements = {
      sessions: db.prepare('SELECT document FROM sessions ORDER BY start').pluck() as Statement<[], string>,
      sessionStart: db.prepare('SELECT start FROM sessions WHERE id = ?').pluck() as Statement<
        [string],
        number
      >,
      upsertSession: db.prepare(
        `INSERT INTO sessions (id, start, document) VALUES (?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET start = excluded.start, document = excluded.document,
           reminded_at = CASE WHEN sessions.start = excluded.start THEN sessions.reminded_at END`,
      ),
      deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
      unreminded: db
        .prepare('SELECT document FROM sessions WHERE reminded_at IS NULL AND start > ? ORDER BY start')
        .pluck() as Statement<[number], string>,
      markReminded: db.prepare('UPDATE sessions SET reminded_at = ? WHERE id = ?'),
      peaks: db.prepare('SELECT market, windows FROM market_peaks') as Statement<
        [],
        { market: string; windows: string }
      >,
      upsertPeaks: db.prepare(
        `INSERT INTO market_peaks (market, windows) VALUES (?, ?)
         ON CONFLICT(market) DO UPDATE SET windows = excluded.windows`,
      ),
      deletePeaks: db.prepare('DELETE FROM market_peaks WHERE market = ?'),
      availability: db.prepare('SELECT document FROM host_availability WHERE id = 1').pluck() as Statement<
        [],
        string
      >,
      upsertAvailability: db.prepare(
        `INSERT INTO host_availability (id, document) VALUES (1, ?)
         ON CONFLICT(id) DO UPDATE SET document = excluded.document`,
      ),
      teamCalendar: db.prepare('SELECT events, fetched_at FROM team_calendar WHERE id = 1') as Statement<
        [],
        { events: string; fetched_at: number }
      >,
      upsertTeamCalendar: db.prepare(
        `INSERT INTO team_calendar (id, events, fetched_at) VALUES (1, ?, ?)
         ON CONFLICT(id) DO UPDATE SET events = excluded.events, fetched_at = excluded.fetched_at`,
      ),
      clearTeamCalendar: db.prepare('DELETE FROM team_calendar'),
    };
  }

  /** Called after every change, for the reminder clock. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  state(): ScheduleState {
    const team = this.statements.teamCalendar.get();
    return {
      sessions: this.sessions(),
      peaks: this.peaks(),
      availability: this.availability(),
      teamCalendar: {
        configured: this.deps.teamCalendarUrl() !== undefined,
        events: team ? this.parseRows([team.events], z.array(busyEventSchema)).flat() : [],
        fetchedAt: team?.fetched_at ?? null,
      },
    };
  }

  saveSession(session: Session): ScheduleState {
    this.statements.upsertSession.run(session.id, session.start, JSON.stringify(session));
    this.deps.logger.info('session saved', { id: session.id, markets: session.markets.length });
    return this.changed();
  }

  deleteSession(id: string): ScheduleState {
    if (this.statements.deleteSession.run(id).changes === 0) {
      throw new StudioError('NOT_FOUND', `no session ${id}`);
    }
    return this.changed();
  }

  savePeaks(market: MarketId, windows: PeakWindow[]): ScheduleState {
    this.statements.upsertPeaks.run(market, JSON.stringify(windows));
    return this.changed();
  }

  resetPeaks(market: MarketId): ScheduleState {
    this.statements.deletePeaks.run(market);
    return this.changed();
  }

  saveAvailability(availability: HostAvailability): ScheduleState {
    this.statements.upsertAvailability.run(JSON.stringify(availability));
    return this.changed();
  }

  exportIcs(): string {
    return sessionsToIcs(this.sessions(), { productNames: this.deps.productNames(), now: this.deps.now() });
  }

  /**
   * Adds the events of an .ics file as sessions. Re-importing the same file
   * updates rather than duplicates (ids come from UIDs); all-day entries are
   * not shows and are skipped.
   */
  importIcs(text: string, fallback: { defaultMarket: MarketId; untitled: string }): IcsImportResult {
    const now = this.deps.now();
    const occurrences = readIcs(text, {
      floatingTimeZone: this.deps.hostTimeZone(),
      from: now - 30 * dayMs,
      to: now + 26 * 7 * dayMs,
      maxOccurrences: 500,
    });
    let imported = 0;
    this.deps.db.transaction(() => {
      for (const o of occurrences) {
        if (o.allDay) continue;
        const session = sessionSchema.safeParse({
          id: sessionIdFromUid(o.uid),
          title: o.title.trim().slice(0, 120) || fallback.untitled,
          // Calendars may carry seconds; sessions start on a whole minute.
          start: Math.round(o.start / 60_000) * 60_000,
          durationMinutes: Math.min(720, Math.max(15, Math.round((o.end - o.start) / 60_000))),
          markets: o.studio?.markets ?? [fallback.defaultMarket],
          productIds: o.studio?.productIds ?? [],
          sceneIds: o.studio?.sceneIds ?? [],
          languages: o.studio?.languages ?? [],
          reminderMinutes: o.studio?.reminderMinutes ?? 10,
          notes: o.notes,
        });
        if (!session.success) continue;
        this.statements.upsertSession.run(session.data.id, session.data.start, JSON.stringify(session.data));
        imported++;
      }
    })();
    this.deps.logger.info('calendar imported', { imported, skipped: occurrences.length - imported });
    this.changed();
    return { imported, skipped: occurrences.length - imported };
  }

  /** Reads the shared calendar again; on failure the last good copy stays. */
  async refreshTeamCalendar(): Promise<ScheduleState> {
    const url = this.deps.teamCalendarUrl();
    if (url === undefined) {
      this.statements.clearTeamCalendar.run();
      return this.changed();
    }
    const text = await this.deps.fetchCalendar(url);
    const now = this.deps.now();
    const events: BusyEvent[] = readIcs(text, {
      floatingTimeZone: this.deps.hostTimeZone(),
      from: now - dayMs,
      to: now + 9 * 7 * dayMs,
      maxOccurrences: 2000,
    }).map(({ uid, title, start, end, allDay }) => ({ uid, title, start, end, allDay }));
    this.statements.upsertTeamCalendar.run(JSON.stringify(events), now);
    this.deps.logger.info('team calendar read', { events: events.length });
    return this.changed();
  }

  /** Sessions whose reminder time has come and that have not started yet. */
  dueReminders(now: number): Session[] {
    return this.parseRows(this.statements.unreminded.all(now), sessionSchema).filter(
      (s) => s.reminderMinutes > 0 && s.start - s.reminderMinutes * 60_000 <= now,
    );
  }

  /** When the next reminder falls due, if any. */
  nextReminderAt(now: number): number | undefined {
    let next: number | undefined;
    for (const s of this.parseRows(this.statements.unreminded.all(now), sessionSchema)) {
      if (s.reminderMinutes === 0) continue;
      const at = s.start - s.reminderMinutes * 60_000;
      if (next === undefined || at < next) next = at;
    }
    return next;
  }

  markReminded(id: string, at: number): void {
    this.statements.markReminded.run(at, id);
  }

  private sessions(): Session[] {
    return this.parseRows(this.statements.sessions.all(), sessionSchema);
  }

  private peaks(): MarketPeaks[] {
    const edited = new Map(this.statements.peaks.all().map((row) => [row.market, row.windows]));
    return marketIds.map((market) => {
      const stored = edited.get(market);
      if (stored === undefined) return defaultMarketPeaks(market);
      const windows = this.parseRows([stored], z.array(peakWindowSchema))[0];
      return windows ? { market, windows, edited: true } : defaultMarketPeaks(market);
    });
  }

  private availability(): HostAvailability {
    const stored = this.statements.availability.get();
    if (stored === undefined) return defaultAvailability;
    return this.parseRows([stored], hostAvailabilitySchema)[0] ?? defaultAvailability;
  }

  /** Parses stored JSON; a row this build cannot read is logged and left on disk, never dropped. */
  private parseRows<T>(rows: readonly string[], schema: z.ZodType<T>): T[] {
    const parsed: T[] = [];
    for (const row of rows) {
      const result = schema.safeParse(JSON.parse(row));
      if (result.success) parsed.push(result.data);
      else
        this.deps.logger.error('unreadable schedule row left as is', { issues: result.error.issues.length });
    }
    return parsed;
  }

  private changed(): ScheduleState {
    const state = this.state();
    this.deps.events.emit('schedule:onChanged', state);
    for (const listener of this.changeListeners) listener();
    return state;
  }
}
