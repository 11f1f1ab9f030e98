import type { Statement } from 'better-sqlite3';
import type { ChatPlatform } from '../../../shared/chat/chatPlatforms';
import type { StudioDatabase } from '../store/database';

/** Where each platform's chat was read up to, kept in SQLite so a restart resumes there too. */
export class ChatCursors {
  private readonly select: Statement<[string, string], string>;
  private readonly upsert: Statement<[string, string, string, number]>;

  constructor(db: StudioDatabase) {
    this.select = db
      .prepare<[string, string], string>('SELECT cursor FROM chat_cursors WHERE platform = ? AND chat_id = ?')
      .pluck();
    this.upsert = db.prepare(
      `INSERT INTO chat_cursors (platform, chat_id, cursor, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform) DO UPDATE SET chat_id = excluded.chat_id, cursor = excluded.cursor,
         updated_at = excluded.updated_at`,
    );
  }

  /** The cursor into this chat; none when the platform's last chat was another. */
  get(platform: ChatPlatform, chatId: string): string | undefined {
    return this.select.get(platform, chatId);
  }

  set(platform: ChatPlatform, chatId: string, cursor: string): void {
    this.upsert.run(platform, chatId, cursor, Date.now());
  }
}
