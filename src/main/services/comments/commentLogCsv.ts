import type { StudioDatabase } from '../store/database';
import { commentSchema } from '../../../shared/comments/comment';
import { csvCell as cell } from '../../../shared/text/csvCell';

const columns = [
  'time',
  'platform',
  'author_id',
  'author',
  'market',
  'language',
  'question',
  'comment',
  'translation',
  'translation_failed',
  'answered',
  'hidden',
  'reply_time',
  'reply_written',
  'reply_sent',
  'reply_language',
  'reply_to',
];

/** The comment log since `from` (epoch ms): one row per comment, and one more per reply to it. */
export function commentLogCsv(db: StudioDatabase, from = 0): string {
  const rows = db
    .prepare(
      `SELECT c.document AS document, r.at AS replyAt, r.text AS written, r.sent AS sent,
              r.language AS replyLanguage, r.recipient AS recipient
       FROM comments c LEFT JOIN comment_replies r ON r.comment_id = c.id
       WHERE c.at >= ? ORDER BY c.at, r.at`,
    )
    .all(from) as {
    document: string;
    replyAt: number | null;
    written: string | null;
    sent: string | null;
    replyLanguage: string | null;
    recipient: string | null;
  }[];
  const lines = rows.map((row) => {
    const c = commentSchema.parse(JSON.parse(row.document));
    return [
      new Date(c.at).toISOString(),
      c.source,
      c.author.id,
      c.author.name,
      c.market,
      c.language,
      c.isQuestion,
      c.text,
      c.translation,
      c.translationFailed,
      c.answered,
      c.hidden,
      row.replyAt === null ? '' : new Date(row.replyAt).toISOString(),
      row.written,
      row.sent,
      row.replyLanguage,
      row.replyAt === null ? '' : (row.recipient ?? 'everyone'),
    ]
      .map(cell)
      .join(',');
  });
  // A byte-order mark: spreadsheets then read the file as UTF-8 (Chinese, Arabic, emoji).
  return `\uFEFF${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}
