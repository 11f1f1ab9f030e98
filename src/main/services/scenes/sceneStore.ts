import type { Statement } from 'better-sqlite3';
import { sceneCollectionSchema, type SceneCollection } from '../../../shared/scenes/model';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';

/** Keeps the scene collection in SQLite; every save is validated whole. */
export class SceneStore {
  private readonly select: Statement<[], string>;
  private readonly upsert: Statement<[string]>;

  constructor(
    db: StudioDatabase,
    private readonly logger: Logger,
  ) {
    this.select = db.prepare('SELECT document FROM scene_collection WHERE id = 1').pluck() as Statement<
      [],
      string
    >;
    this.upsert = db.prepare(
      `INSERT INTO scene_collection (id, document) VALUES (1, ?)
       ON CONFLICT(id) DO UPDATE SET document = excluded.document,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    );
  }

  /** The saved collection, or null before the first save (the renderer then creates one). */
  load(): SceneCollection | null {
    const document = this.select.get();
    if (document === undefined) return null;
    const parsed = sceneCollectionSchema.safeParse(JSON.parse(document));
    if (parsed.success) return parsed.data;
    // Never overwrite what we cannot read: it stays on disk for a newer build
    // or for support, and the studio starts from a fresh collection meanwhile.
    this.logger.error('saved scene collection is unreadable; starting fresh', {
      issues: parsed.error.issues.length,
    });
    return null;
  }

  save(collection: SceneCollection): void {
    this.upsert.run(JSON.stringify(collection));
  }
}
