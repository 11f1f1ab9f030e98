import type { Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../../shared/ipc/errors';
import {
  extensionForMime,
  maxMediaBytes,
  mediaTypes,
  type MediaAsset,
} from '../../../shared/media/mediaAsset';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';
import { sniffMediaType } from './sniffMedia';

/**
 * Images and product videos the host adds as sources, copied into the
 * user-data media folder so a show never breaks because a file moved.
 */
export class MediaLibrary {
  private readonly insert: Statement<[string, string, string, number]>;
  private readonly selectAll: Statement<[], MediaAsset>;
  private readonly remove: Statement<[string]>;

  constructor(
    db: StudioDatabase,
    readonly folder: string,
    private readonly logger: Logger,
  ) {
    mkdirSync(folder, { recursive: true });
    this.insert = db.prepare('INSERT INTO media_assets (id, name, kind, size) VALUES (?, ?, ?, ?)');
    this.selectAll = db.prepare('SELECT id, name, kind, size FROM media_assets ORDER BY created_at');
    this.remove = db.prepare('DELETE FROM media_assets WHERE id = ?');
  }

  import(name: string, mimeType: string, data: Uint8Array): MediaAsset {
    const declared = extensionForMime(mimeType);
    const actual = sniffMediaType(data);
    if (!declared || !actual || mediaTypes[declared].kind !== mediaTypes[actual].kind) {
      throw new StudioError('INVALID_PAYLOAD', `${name} is not a supported image or video`);
    }
    const kind = mediaTypes[actual].kind;
    if (data.byteLength > maxMediaBytes[kind]) {
      throw new StudioError('INVALID_PAYLOAD', `${name} is larger than ${maxMediaBytes[kind]} bytes`);
    }
    const id = `${randomUUID()}.${actual}`;
    writeFileSync(join(this.folder, id), data);
    this.insert.run(id, name, kind, data.byteLength);
    this.logger.info('media imported', { id, kind, size: data.byteLength });
    return { id, name, kind, size: data.byteLength };
  }

  list(): MediaAsset[] {
    return this.selectAll.all();
  }

  /** The file's bytes, for the renderer to play from a blob. */
  read(id: string): Uint8Array<ArrayBuffer> {
    const file = join(this.folder, id);
    if (!existsSync(file)) throw new StudioError('NOT_FOUND', `media ${id} is missing`);
    const bytes = readFileSync(file);
    return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  }

  delete(id: string): void {
    this.remove.run(id);
    rmSync(join(this.folder, id), { force: true });
    this.logger.info('media removed', { id });
  }
}
