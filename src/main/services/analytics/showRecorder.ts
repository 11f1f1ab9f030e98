import type { Statement } from 'better-sqlite3';
import type { Comment } from '../../../shared/comments/comment';
import type { Poll } from '../../../shared/live/showData';
import type { StoredEvent, WindowEvent } from '../../../shared/analytics/showEvents';
import type { LiveFigures, ShowInfo } from '../../../shared/analytics/showReport';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';
import { EventWriter } from './eventWriter';
import { LiveTally } from './liveTally';

export interface ShowRecorderOptions {
  db: StudioDatabase;
  events: EventHub;
  logger: Logger;
  hostLanguage: () => string;
  timeZone: () => string;
  /** The scheduled session on now, if any: the show is named after it. */
  sessionTitle: () => string;
  now?: () => number;
  /** How often the dashboard dock hears the running figures. */
  liveEveryMs?: number;
  onFlush?: (rows: number, ms: number) => void;
}

interface ShowRow {
  id: number;
  title: string;
  started_at: number;
  ended_at: number | null;
  recovered: number;
  time_zone: string;
  host_language: string;
}

export function showInfoOf(row: ShowRow): ShowInfo {
  return {
    id: row.id,
    title: row.title,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    recovered: row.recovered === 1,
    timeZone: row.time_zone,
    hostLanguage: row.host_language,
  };
}

/**
 * Counts the show on air: starts with "Go live", ends with "End show" or the studio's quit, and
 * takes in what the window sees (viewers, clicks, the program) and what main does (comments,
 * answers, votes, polls) as events for the batched writer. Nothing is counted between shows;
 * a show the studio did not live to end is closed at its last event when the studio restarts.
 */
export class ShowRecorder {
  private readonly writer: EventWriter;
  private tally: LiveTally | undefined;
  private readonly now: () => number;
  /** What is on air now, shows or not: a show starts by counting it. */
  private onAir: { scene?: WindowEvent & { kind: 'scene' }; product?: WindowEvent & { kind: 'product' } } =
    {};
  private liveTimer: ReturnType<typeof setInterval> | undefined;
  private readonly statements: {
    insertShow: Statement<[string, number, string, string], void>;
    endShow: Statement<[number, number], void>;
  };

  constructor(private readonly options: ShowRecorderOptions) {
    const { db } = options;
    this.now = options.now ?? Date.now;
    this.writer = new EventWriter(db, options.logger, options.onFlush);
    this.statements = {
      insertShow: db.prepare(
        'INSERT INTO shows (title, started_at, time_zone, host_language) VALUES (?, ?, ?, ?)',
      ) as Statement<[string, number, string, string], void>,
      endShow: db.prepare('UPDATE shows SET ended_at = ? WHERE id = ?') as Statement<[number, number], void>,
    };
    const recovered = db
      .prepare(
        `UPDATE shows SET recovered = 1, ended_at = COALESCE(
           (SELECT MAX(at) FROM show_events WHERE show_id = shows.id), started_at)
         WHERE ended_at IS NULL`,
      )
      .run().changes;
    if (recovered > 0) options.logger.warn('shows closed after the studio stopped mid-show', { recovered });
  }

  current(): ShowInfo | null {
    return this.tally?.show ?? null;
  }

  /** Starts counting a show, or goes on with the one on air (a rejoin is the same show). */
  start(): ShowInfo {
    if (this.tally) return this.tally.show;
    const at = this.now();
    const title = this.options.sessionTitle();
    const timeZone = this.options.timeZone();
    const hostLanguage = this.options.hostLanguage();
    const id = Number(this.statements.insertShow.run(title, at, timeZone, hostLanguage).lastInsertRowid);
    const show: ShowInfo = {
      id,
      title,
      startedAt: at,
      endedAt: null,
      recovered: false,
      timeZone,
      hostLanguage,
    };
    this.tally = new LiveTally(show);
    for (const event of [this.onAir.scene, this.onAir.product]) if (event) this.store(event, at);
    this.options.logger.info('show started', { id });
    this.liveTimer = setInterval(() => this.pushLive(), this.options.liveEveryMs ?? 2000);
    this.liveTimer.unref();
    this.pushLive();
    return show;
  }

  /** Ends the show with the poll still open counted as it stands; null when none was on. */
  end(openPoll?: Poll | null): ShowInfo | null {
    const tally = this.tally;
    if (!tally) return null;
    if (openPoll) this.poll(openPoll);
    const at = this.now();
    this.writer.flush();
    this.statements.endShow.run(at, tally.show.id);
    this.tally = undefined;
    clearInterval(this.liveTimer);
    this.options.logger.info('show ended', { id: tally.show.id });
    return { ...tally.show, endedAt: at };
  }

  liveFigures(): LiveFigures | null {
    return this.tally?.figures() ?? null;
  }

  /** What the studio window saw: viewers coming and going, buy clicks, scene and product changes. */
  recordWindow(events: readonly WindowEvent[]): void {
    const at = this.now();
    for (const event of events) {
      if (event.kind === 'scene') this.onAir.scene = event;
      if (event.kind === 'product') this.onAir.product = event;
      if (this.tally) this.store(event, at);
    }
  }

  comment(comment: Comment): void {
    if (!this.tally || comment.hidden) return;
    if (comment.isQuestion) this.tally.question(comment.id);
    this.add({
      at: comment.at,
      kind: 'comment',
      market: comment.market ?? null,
      subject: comment.id,
      detail: comment.language,
      value: comment.isQuestion ? 1 : 0,
    });
  }

  /** A question answered, aloud or in writing: the time from its arrival to now. */
  answered(comment: Comment): void {
    if (!this.tally) return;
    const at = this.now();
    this.tally.answer(comment.id);
    this.add({
      at,
      kind: 'answer',
      market: comment.market ?? null,
      subject: comment.id,
      detail: null,
      value: at - comment.at,
    });
  }

  /** A comment hidden after it arrived: taken out of the show's counts (its rows stay, marked). */
  hidden(comment: Comment): void {
    if (!this.tally) return;
    this.tally.hide(comment.id);
    this.add({
      at: this.now(),
      kind: 'hidden',
      market: null,
      subject: comment.id,
      detail: null,
      value: null,
    });
  }

  vote(pollId: string, option: number): void {
    this.add({ at: this.now(), kind: 'vote', market: null, subject: pollId, detail: null, value: option });
  }

  /** A poll's state to report (on close, and at the end of the show if it is still open). */
  poll(poll: Poll): void {
    const detail = JSON.stringify({ question: poll.question, options: poll.options, votes: poll.votes });
    this.add({ at: this.now(), kind: 'poll', market: null, subject: poll.id, detail, value: null });
  }

  /** Everything queued, on disk now. */
  flush(): void {
    this.writer.flush();
  }

  /** The studio quits: the show on air ends with it. */
  close(openPoll?: Poll | null): void {
    this.end(openPoll);
    this.writer.close();
  }

  private add(event: StoredEvent): void {
    if (this.tally) this.writer.add(this.tally.show.id, event);
  }

  private store(event: WindowEvent, at: number): void {
    const tally = this.tally;
    if (!tally) return;
    switch (event.kind) {
      case 'viewerJoin':
      case 'viewerLeave':
        return this.add({
          at,
          kind: event.kind,
          market: event.market,
          subject: event.viewer,
          detail: null,
          value: null,
        });
      case 'audience':
        tally.audienceOf(event.destination, event.counts);
        // One row per market and a total row: an empty room is still a sample (of zero).
        for (const [market, count] of Object.entries(event.counts))
          this.add({ at, kind: 'audience', market, subject: event.destination, detail: null, value: count });
        return this.add({
          at,
          kind: 'audience',
          market: null,
          subject: event.destination,
          detail: null,
          value: Object.values(event.counts).reduce((a, b) => a + b, 0),
        });
      case 'buyClick':
        tally.click(event.productId);
        return this.add({
          at,
          kind: 'buyClick',
          market: event.market,
          subject: event.viewer,
          detail: event.productId,
          value: null,
        });
      case 'scene':
        return this.add({
          at,
          kind: 'scene',
          market: null,
          subject: event.sceneId,
          detail: event.name,
          value: null,
        });
      case 'product':
        if (event.productId) tally.productName(event.productId, event.name);
        return this.add({
          at,
          kind: 'product',
          market: null,
          subject: event.productId,
          detail: event.name,
          value: null,
        });
    }
  }

  private pushLive(): void {
    const figures = this.liveFigures();
    if (figures) this.options.events.emit('analytics:onLive', figures);
  }
}
