import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import {
  commentSchema,
  type Comment,
  type IncomingComment,
  type ReplyResult,
} from '../../../shared/comments/comment';
import { isQuestion } from '../../../shared/comments/questionRules';
import { isBlocked, sanitizeComment } from '../../../shared/comments/sanitizeComment';
import { StudioError } from '../../../shared/ipc/errors';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';
import type { ResilientTranslator } from '../translate/resilientTranslator';
import { detectLanguage } from './detectLanguage';
import { PerViewerRateLimit } from './rateLimit';
import { aiDraft, factsDraft, type AnswerDraft } from './answerDrafts';
import type { Product } from '../../../shared/catalog/product';

export interface CommentServiceOptions {
  db: StudioDatabase;
  events: EventHub;
  logger: Logger;
  /** The configured provider, or undefined when translation is off. */
  translator: () => ResilientTranslator | undefined;
  /** ISO 639-1 of the host's language. */
  hostLanguage: () => string;
  /** Words and phrases that hide a comment on arrival. */
  blocklist?: () => readonly string[];
  /** A catalog product by id, for answer drafts. */
  product?: (id: string) => Product | undefined;
  /** The OpenAI-compatible endpoint drafts come from, when one is configured. */
  draftModel?: () => { baseUrl: string; apiKey: string | undefined; model: string } | undefined;
  now?: () => number;
}

/** How many comments the studio keeps in memory and shows; all of them stay in SQLite. */
const shownComments = 300;

/**
 * Every viewer comment, whatever its source: moderated (sanitised, rate
 * limited, banned viewers dropped, blocked words hidden), its language detected, questions
 * recognised and translated into the host's language, kept in SQLite, and
 * pushed to the studio window. Replies go the other way, into the viewer's
 * language.
 */
export class CommentService {
  private comments: Comment[] = [];
  private readonly banned = new Set<string>();
  private readonly rateLimit = new PerViewerRateLimit();
  private readonly insert: Statement<[string, number, string]>;
  private readonly update: Statement<[string, string]>;
  private readonly insertReply: Statement<[string, number, string, string, string, string | null]>;
  private readonly now: () => number;

  constructor(private readonly options: CommentServiceOptions) {
    const { db } = options;
    this.now = options.now ?? Date.now;
    this.insert = db.prepare('INSERT INTO comments (id, at, document) VALUES (?, ?, ?)');
    this.update = db.prepare('UPDATE comments SET document = ? WHERE id = ?');
    this.insertReply = db.prepare(
      'INSERT INTO comment_replies (comment_id, at, text, sent, language, recipient) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const recent = db
      .prepare('SELECT document FROM comments ORDER BY at DESC LIMIT ?')
      .pluck()
      .all(shownComments) as string[];
    this.comments = recent.reverse().map((json) => commentSchema.parse(JSON.parse(json)));
  }

  list(): Comment[] {
    return this.comments;
  }

  /** Takes in one comment; undefined when moderation drops it (banned, flooding, empty). */
  async ingest(incoming: IncomingComment): Promise<Comment | undefined> {
    const at = this.now();
    if (this.banned.has(incoming.authorId) || !this.rateLimit.allow(incoming.authorId, at)) return undefined;
    const { text } = sanitizeComment(incoming.text);
    if (!text) return undefined;
    const language = detectLanguage(text, incoming.language);
    const comment: Comment = {
      id: randomUUID(),
      at,
      source: incoming.source,
      author: {
        id: incoming.authorId,
        name: sanitizeComment(incoming.authorName).text.slice(0, 80) || incoming.authorId.slice(0, 80),
      },
      market: incoming.market,
      text,
      language,
      isQuestion: isQuestion(text, language),
      translation: null,
      translationFailed: false,
      answered: false,
      // Blocked words: kept in the log for the record, never shown.
      hidden: isBlocked(text, this.options.blocklist?.() ?? []),
    };
    const host = this.options.hostLanguage();
    const translator = this.options.translator();
    if (language !== host && language !== 'und' && translator) {
      try {
        comment.translation = await translator.translate(text, language, host);
      } catch (error) {
        comment.translationFailed = true;
        this.options.logger.warn('comment not translated', { language, error: String(error) });
      }
    }
    this.insert.run(comment.id, comment.at, JSON.stringify(comment));
    this.comments = [...this.comments.slice(-(shownComments - 1)), comment];
    this.options.events.emit('comments:onAdded', comment);
    return comment;
  }

  setAnswered(id: string, answered: boolean): Comment {
    return this.change(id, { answered });
  }

  hide(id: string): Comment {
    return this.change(id, { hidden: true });
  }

  /** Hides everything the viewer wrote and drops what they write next. */
  ban(authorId: string): Comment[] {
    this.banned.add(authorId);
    return this.comments.filter((c) => c.author.id === authorId && !c.hidden).map((c) => this.hide(c.id));
  }

  /**
   * A draft answer from the product's facts: the model's (viewer text never obeyed), or the
   * catalog facts the question is about when there is no model or it fails.
   */
  async draft(commentId: string, productId: string): Promise<AnswerDraft | null> {
    const comment = this.find(commentId);
    const product = this.options.product?.(productId);
    if (!product) throw new StudioError('NOT_FOUND', `no product ${productId}`);
    const model = this.options.draftModel?.();
    if (model) {
      try {
        const drafted = await aiDraft(model, product, comment, AbortSignal.timeout(10_000));
        if (drafted) return drafted;
      } catch (error) {
        this.options.logger.warn('no AI draft; using catalog facts', { error: String(error) });
      }
    }
    return factsDraft(product, comment) ?? null;
  }

  /** The host's reply, translated into the asker's language (the original when that fails). */
  async reply(commentId: string, text: string, toEveryone: boolean, written?: string): Promise<ReplyResult> {
    const comment = this.find(commentId);
    const host = written ?? this.options.hostLanguage();
    let sent = text;
    let language = host;
    const translator = this.options.translator();
    if (comment.language !== host && comment.language !== 'und' && translator) {
      try {
        sent = await translator.translate(text, host, comment.language);
        language = comment.language;
      } catch (error) {
        this.options.logger.warn('reply not translated', { error: String(error) });
      }
    }
    const to = toEveryone ? null : comment.author.id;
    this.insertReply.run(comment.id, this.now(), text, sent, language, to);
    this.change(commentId, { answered: true });
    return { to, question: comment.text, text: sent, language };
  }

  private find(id: string): Comment {
    const comment = this.comments.find((c) => c.id === id);
    if (!comment) throw new StudioError('NOT_FOUND', `no comment ${id}`);
    return comment;
  }

  private change(id: string, patch: Partial<Pick<Comment, 'answered' | 'hidden'>>): Comment {
    const next = { ...this.find(id), ...patch };
    this.update.run(JSON.stringify(next), id);
    this.comments = this.comments.map((c) => (c.id === id ? next : c));
    this.options.events.emit('comments:onChanged', next);
    return next;
  }
}
