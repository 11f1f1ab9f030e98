import type { Statement } from 'better-sqlite3';
import {
  destinationSchema,
  type Destination,
  type DestinationInfo,
  type DestinationSaveRequest,
} from '../../../shared/outputs/destination';
import type { SecretStore } from '../secrets/secretStore';
import type { StudioDatabase } from '../store/database';
import type { OutputTarget } from './outputArgs';

/** The destinations in SQLite, in the host's order; stream keys and SRT passphrases as secrets. */
export class DestinationStore {
  private readonly selectAll: Statement<[], string>;
  private readonly upsert: Statement<[string, string, string]>;
  private readonly remove: Statement<[string]>;

  constructor(
    db: StudioDatabase,
    private readonly secrets: SecretStore,
  ) {
    this.selectAll = db
      .prepare('SELECT document FROM output_destinations ORDER BY position, id')
      .pluck() as Statement<[], string>;
    // A new destination goes last; an edited one keeps its place.
    this.upsert = db.prepare(
      `INSERT INTO output_destinations (id, document, position)
       VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM output_destinations WHERE id <> ?))
       ON CONFLICT(id) DO UPDATE SET document = excluded.document`,
    );
    this.remove = db.prepare('DELETE FROM output_destinations WHERE id = ?');
  }

  destinations(): Destination[] {
    // A row that no longer parses (an older build's) is left out, not fatal.
    return this.selectAll.all().flatMap((text) => {
      const parsed = destinationSchema.safeParse(JSON.parse(text));
      return parsed.success ? [parsed.data] : [];
    });
  }

  find(id: string): Destination | undefined {
    return this.destinations().find((d) => d.id === id);
  }

  list(): DestinationInfo[] {
    return this.destinations().map((destination) => ({
      destination,
      hasStreamKey: this.secrets.get(`streamKey:${destination.id}`) !== undefined,
      hasPassphrase: this.secrets.get(`srtPassphrase:${destination.id}`) !== undefined,
    }));
  }

  save({ destination, streamKey, srtPassphrase }: DestinationSaveRequest): void {
    this.upsert.run(destination.id, JSON.stringify(destination), destination.id);
    this.keep(`streamKey:${destination.id}`, streamKey);
    this.keep(`srtPassphrase:${destination.id}`, destination.platform === 'srt' ? srtPassphrase : '');
  }

  delete(id: string): void {
    this.remove.run(id);
    this.secrets.clear(`streamKey:${id}`);
    this.secrets.clear(`srtPassphrase:${id}`);
  }

  target(destination: Destination): OutputTarget {
    return {
      destination,
      streamKey: this.secrets.get(`streamKey:${destination.id}`),
      srtPassphrase: this.secrets.get(`srtPassphrase:${destination.id}`),
    };
  }

  private keep(name: `streamKey:${string}` | `srtPassphrase:${string}`, value: string | null): void {
    if (value === '') this.secrets.clear(name);
    else if (value !== null) this.secrets.set(name, value);
  }
}
