import type { Statement } from 'better-sqlite3';
import { buildShowReport } from '../../../shared/analytics/buildShowReport';
import { eventKinds, type StoredEvent } from '../../../shared/analytics/showEvents';
import type { AskedQuestion, ShowReport, ShowSummary } from '../../../shared/analytics/showReport';
import { StudioError } from '../../../shared/ipc/errors';
import type { StudioDatabase } from '../store/database';
import { showInfoOf } from './showRecorder';

type ShowRow = Parameters<typeof showInfoOf>[0];

/**
 * The shows counted so far, read back: the list of past shows with their headline figures, and
 * a show's report summed from its events (with its questions' texts and translations from the
 * comment log). `beforeRead` writes the events still queued, so a report is never behind.
 */
export class ShowReports {
  private readonly statements: {
    list: Statement<[], ShowRow & { unique_viewers: number; buy_clicks: number; questions: number }>;
    show: Statement<[number], ShowRow>;
    events: Statement<[number], StoredEvent>;
    questions: Statement<[number], AskedQuestion>;
    remove: Statement<[number], void>;
  };

  constructor(
    db: StudioDatabase,
    private readonly beforeRead: () => void,
  ) {
    this.statements = {
      list: db.prepare(
        `SELECT shows.*,
           (SELECT COUNT(*) FROM (SELECT DISTINCT market, subject FROM show_events
              WHERE show_id = shows.id AND kind = 'viewerJoin')) AS unique_viewers,
           (SELECT COUNT(*) FROM show_events WHERE show_id = shows.id AND kind = 'buyClick') AS buy_clicks,
           (SELECT COUNT(*) FROM show_events q WHERE q.show_id = shows.id AND q.kind = 'comment'
              AND q.value = 1 AND q.subject NOT IN (SELECT subject FROM show_events
                WHERE show_id = shows.id AND kind = 'hidden')) AS questions
         FROM shows ORDER BY started_at DESC`,
      ),
      show: db.prepare('SELECT * FROM shows WHERE id = ?'),
      events: db.prepare(
        'SELECT at, kind, market, subject, detail, value FROM show_events WHERE show_id = ? ORDER BY at, rowid',
      ),
      // The comment log keeps the text and the translation that came later; a hidden comment
      // (blocked words, a banned viewer) is left out of the top questions.
      // Counted word for word here: a four-hour show's 30,000 questions come back as a few
      // hundred rows for topQuestions to group.
      questions: db.prepare(
        `SELECT json_extract(c.document, '$.text') AS text,
                json_extract(c.document, '$.translation') AS translation,
                e.market AS market, COUNT(*) AS count
         FROM show_events e JOIN comments c ON c.id = e.subject
         WHERE e.show_id = ? AND e.kind = 'comment' AND e.value = 1
           AND json_extract(c.document, '$.hidden') = 0
         GROUP BY 1, 2, 3`,
      ),
      remove: db.prepare('DELETE FROM shows WHERE id = ?') as Statement<[number], void>,
    };
  }

  list(): ShowSummary[] {
    this.beforeRead();
    return this.statements.list.all().map((row) => ({
      ...showInfoOf(row),
      uniqueViewers: row.unique_viewers,
      buyClicks: row.buy_clicks,
      questions: row.questions,
    }));
  }

  report(id: number): ShowReport {
    this.beforeRead();
    const row = this.statements.show.get(id);
    if (!row) throw new StudioError('NOT_FOUND', `no show ${id}`);
    const known = new Set<string>(eventKinds);
    const events = this.statements.events.all(id).filter((e) => known.has(e.kind));
    return buildShowReport(showInfoOf(row), events, this.statements.questions.all(id));
  }

  /** Forgets a show and its events (the comment log keeps its comments). */
  remove(id: number): void {
    this.statements.remove.run(id);
  }
}
