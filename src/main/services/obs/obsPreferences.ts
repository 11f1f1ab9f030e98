import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import { maxPins } from '../../../shared/obs/obsState';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';

const preferencesSchema = z.object({
  /** The producer connected and did not disconnect: connect again at start. */
  enabled: z.boolean(),
  pins: z.array(z.string()).max(maxPins),
  sceneLinks: z.record(z.string(), z.string()),
});
export type ObsPreferences = z.infer<typeof preferencesSchema>;

const defaults: ObsPreferences = { enabled: false, pins: [], sceneLinks: {} };

/** What the producer chose about OBS, kept in SQLite. */
export class ObsPreferenceStore {
  private readonly select: Statement<[], string>;
  private readonly upsert: Statement<[string]>;

  constructor(
    db: StudioDatabase,
    private readonly logger: Logger,
  ) {
    this.select = db.prepare('SELECT document FROM obs_preferences WHERE id = 1').pluck() as Statement<
      [],
      string
    >;
    this.upsert = db.prepare(
      `INSERT INTO obs_preferences (id, document) VALUES (1, ?)
       ON CONFLICT(id) DO UPDATE SET document = excluded.document`,
    );
  }

  load(): ObsPreferences {
    const stored = this.select.get();
    if (stored === undefined) return defaults;
    const parsed = preferencesSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
    this.logger.error('OBS preferences unreadable; using defaults', { issues: parsed.error.issues.length });
    return defaults;
  }

  save(preferences: ObsPreferences): void {
    this.upsert.run(JSON.stringify(preferencesSchema.parse(preferences)));
  }
}
