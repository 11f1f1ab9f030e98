import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Poll } from '../../../shared/live/showData';
import { StudioError } from '../../../shared/ipc/errors';
import type { EventHub } from '../../ipc/eventHub';
import type { StudioDatabase } from '../store/database';

/**
 * The host's polls ("which colour next?"): one open at a time, one vote per
 * viewer (a second vote changes it), every vote kept in SQLite. The running
 * counts go to the studio window, which shows them on screen and sends them
 * to viewer pages.
 */
export class PollService {
  private current: Poll | null = null;
  private readonly insertPoll: Statement<[string, number, string]>;
  private readonly updatePoll: Statement<[string, string]>;
  private readonly upsertVote: Statement<[string, string, number, number]>;
  private readonly countVotes: Statement<[string], { option: number; n: number }>;

  constructor(
    private readonly db: StudioDatabase,
    private readonly events: EventHub,
    private readonly now: () => number = Date.now,
  ) {
    this.insertPoll = db.prepare('INSERT INTO polls (id, at, document) VALUES (?, ?, ?)');
    this.updatePoll = db.prepare('UPDATE polls SET document = ? WHERE id = ?');
    this.upsertVote = db.prepare(
      `INSERT INTO poll_votes (poll_id, voter, option, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (poll_id, voter) DO UPDATE SET option = excluded.option, at = excluded.at`,
    );
    this.countVotes = db.prepare(
      'SELECT option, COUNT(*) AS n FROM poll_votes WHERE poll_id = ? GROUP BY option',
    ) as Statement<[string], { option: number; n: number }>;
  }

  get(): Poll | null {
    return this.current;
  }

  /** Opens a new poll, closing the one before. */
  create(question: string, options: string[]): Poll {
    if (this.current?.open) this.close();
    const poll: Poll = { id: randomUUID(), question, options, votes: options.map(() => 0), open: true };
    this.insertPoll.run(poll.id, this.now(), JSON.stringify(poll));
    return this.publish(poll);
  }

  vote(pollId: string, voter: string, option: number): Poll | null {
    const poll = this.current;
    // Late or forged votes (a closed poll, an option that does not exist) are dropped quietly.
    if (!poll || poll.id !== pollId || !poll.open || option >= poll.options.length) return poll;
    this.upsertVote.run(pollId, voter, option, this.now());
    const votes = poll.options.map(() => 0);
    for (const { option: o, n } of this.countVotes.all(pollId)) votes[o] = n;
    return this.publish({ ...poll, votes });
  }

  close(): Poll {
    if (!this.current) throw new StudioError('NOT_FOUND', 'no poll');
    return this.publish({ ...this.current, open: false });
  }

  /** Takes the poll off screen and off viewer pages (its votes stay in SQLite). */
  clear(): null {
    this.current = null;
    this.events.emit('polls:onChanged', null);
    return null;
  }

  private publish(poll: Poll): Poll {
    this.current = poll;
    this.updatePoll.run(JSON.stringify(poll), poll.id);
    this.events.emit('polls:onChanged', poll);
    return poll;
  }
}
