import type { Statement } from 'better-sqlite3';
import type { BannedViewer } from '../../../shared/comments/comment';
import type { StudioDatabase } from '../store/database';

/**
 * The viewers the host banned, kept in SQLite so a ban outlives a reload of the viewer's page,
 * the show and the studio. An author is a viewer page's stable identity (viewerIdentity.ts) or a
 * platform's own author id from a bridge.
 */
export class BannedAuthors {
  private readonly ids: Set<string>;
  private readonly insert: Statement<[string, string, number]>;
  private readonly remove: Statement<[string]>;
  private readonly all: Statement<[], BannedViewer>;

  constructor(db: StudioDatabase) {
    this.ids = new Set(db.prepare('SELECT author_id FROM banned_authors').pluck().all() as string[]);
    this.insert = db.prepare(
      'INSERT INTO banned_authors (author_id, name, at) VALUES (?, ?, ?) ON CONFLICT(author_id) DO NOTHING',
    );
    this.remove = db.prepare('DELETE FROM banned_authors WHERE author_id = ?');
    this.all = db.prepare(
      'SELECT author_id AS authorId, name, at FROM banned_authors ORDER BY at DESC, author_id',
    );
  }

  /** Most recently banned first. */
  list(): BannedViewer[] {
    return this.all.all();
  }

  /** What they write from now on is taken in again. */
  delete(authorId: string): void {
    this.remove.run(authorId);
    this.ids.delete(authorId);
  }

  has(authorId: string): boolean {
    return this.ids.has(authorId);
  }

  add(authorId: string, name: string, at: number): void {
    this.insert.run(authorId, name, at);
    this.ids.add(authorId);
  }
}
