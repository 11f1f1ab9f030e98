import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import pLimit from 'p-limit';
import {
  commentSchema,
  type BannedViewer,
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
import { TranslationUnavailable, type ResilientTranslator } from '../translate/resilientTranslator';
import { detectLanguage } from './detectLanguage';
import { PerViewerRateLimit } from './rateLimit';
import { aiDraft, factsDraft, type AnswerDraft } from './answerDrafts';
import { BannedAuthors } from './bannedAuthors';
import type { Product } from '../../../shared/catalog/product';
import { isChatPlatform } from '../../../shared/chat/chatPlatforms';

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
  /** Sends a reply to a platform's comment back to that platform (the chat connectors). */
  platformReply?: PlatformReply;
  /** Counts the show's comments and answers (the ShowRecorder). */
  counter?: CommentCounter;
}

/** Posts `text` as the answer to `comment` on the platform it came from; throws a StudioError when refused. */
export type PlatformReply = (comment: Comment, text: string, toEveryone: boolean) => Promise<void>;

export interface CommentCounter {
  comment(comment: Comment): void;
  /** The first time a question is marked answered, aloud or by a reply. */
  answered(comment: Comment): void;
  /** A comment hidden after it arrived (by hand, or its author banned). */
  hidden(comment: Comment): void;
}

/** How many comments the studio keeps in memory and shows; all of them stay in SQLite. */
const shownComments = 300;

type CommentPatch = Partial<
  Pick<
    Comment,
    'answered' | 'hidden' | 'translation' | 'translationFailed' | 'translationFailure' | 'translationPending'
  >
>;

/**
 * Every viewer comment, whatever its source: moderated (sanitised, rate
 * limited, banned viewers dropped, blocked words hidden), its language detected, questions
 * recognised, kept in SQLite and pushed to the studio window at once, in the
 * order they came; the translation into the host's language follows as a
 * change, however slow the provider. Replies go the other way, into the
 * viewer's language.
 */
export class CommentService {
  private comments: Comment[] = [];
  private readonly banned: BannedAuthors;
  private readonly rateLimit = new PerViewerRateLimit();
  /** Translations in flight at once, as many as the provider takes (a burst must not flood a metered one). */
  private readonly limits = new Map<number, ReturnType<typeof pLimit>>();
  private readonly select: Statement<[string], string>;
  private closed = false;
  private readonly insert: Statement<[string, number, string, string | null]>;
  private readonly seenMessage: Statement<[string], number>;
  private readonly update: Statement<[string, string]>;
  private readonly insertReply: Statement<[string, number, string, string, string, string | null]>;
  private readonly now: () => number;

  constructor(private readonly options: CommentServiceOptions) {
    const { db } = options;
    this.now = options.now ?? Date.now;
    this.insert = db.prepare(
      `INSERT INTO comments (id, at, document, platform_message_id) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    this.seenMessage = db
      .prepare<[string], number>('SELECT 1 FROM comments WHERE platform_message_id = ?')
      .pluck();
    this.update = db.prepare('UPDATE comments SET document = ? WHERE id = ?');
    this.select = db.prepare<[string], string>('SELECT document FROM comments WHERE id = ?').pluck();
    this.banned = new BannedAuthors(db);
    this.insertReply = db.prepare(
      'INSERT INTO comment_replies (comment_id, at, text, sent, language, recipient) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const recent = db
      .prepare('SELECT document FROM comments ORDER BY at DESC LIMIT ?')
      .pluck()
      .all(shownComments) as string[];
    this.comments = recent.reverse().map((json) => commentSchema.parse(JSON.parse(json)));
    // Translations the last run did not live to finish.
    for (const comment of this.comments) if (comment.translationPending) this.translateLater(comment);
  }

  /** Stops translating: what is still in flight is finished on the next start. */
  close(): void {
    this.closed = true;
    for (const limit of this.limits.values()) limit.clearQueue();
  }

  list(): Comment[] {
    return this.comments;
  }

  /**
   * Takes in one comment, stored and shown at once; undefined when moderation drops it (banned,
   * flooding, empty) or a platform sent it before. Its translation, when one is due, comes later
   * as `comments:onChanged`.
   */
  ingest(incoming: IncomingComment): Comment | undefined {
    const at = this.now();
    const messageKey =
      incoming.platformMessageId === undefined ? null : `${incoming.source}:${incoming.platformMessageId}`;
    if (messageKey !== null && this.seenMessage.get(messageKey) !== undefined) return undefined;
    if (this.banned.has(incoming.authorId) || !this.rateLimit.allow(incoming.authorId, at)) return undefined;
    const { text } = sanitizeComment(incoming.text);
    if (!text) return undefined;
    const language = detectLanguage(text, incoming.language);
    const comment: Comment = {
      id: randomUUID(),
      at,
      source: incoming.source,
      platformMessageId: incoming.platformMessageId,
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
      translationFailure: null,
      translationPending: this.translationDue(language),
      answered: false,
      // Blocked words: kept in the log for the record, never shown.
      hidden: isBlocked(text, this.options.blocklist?.() ?? []),
    };
    if (this.insert.run(comment.id, comment.at, JSON.stringify(comment), messageKey).changes === 0)
      return undefined;
    this.comments = [...this.comments.slice(-(shownComments - 1)), comment];
    this.options.events.emit('comments:onAdded', comment);
    this.options.counter?.comment(comment);
    if (comment.translationPending) this.translateLater(comment);
    return comment;
  }

  private translationDue(language: string): boolean {
    return language !== this.options.hostLanguage() && language !== 'und' && !!this.options.translator();
  }

  /** Queues the comment's translation; its result (or failure) is a change like any other. */
  private translateLater({ id, text, language }: Comment): void {
    const concurrency = this.options.translator()?.concurrency ?? 4;
    let limit = this.limits.get(concurrency);
    if (!limit) this.limits.set(concurrency, (limit = pLimit(concurrency)));
    void limit(async () => {
      const translator = this.options.translator();
      let patch: CommentPatch = { translationPending: false };
      if (translator && !this.closed) {
        try {
          patch.translation = await translator.translate(text, language, this.options.hostLanguage());
        } catch (error) {
          const reason = error instanceof TranslationUnavailable ? error.reason : 'unreachable';
          patch = { ...patch, translationFailed: true, translationFailure: reason };
          this.options.logger.warn('comment not translated', { language, error: String(error) });
        }
      }
      if (!this.closed) this.change(id, patch);
    }).catch((error: unknown) =>
      // Nothing may escape as an unhandled rejection in main; the comment stays, untranslated.
      this.options.logger.error('translation not stored', { id, error: String(error) }),
    );
  }

  setAnswered(id: string, answered: boolean): Comment {
    return this.change(id, { answered });
  }

  hide(id: string): Comment {
    return this.change(id, { hidden: true });
  }

  /** Hides everything the viewer wrote and drops what they write next, from now on. */
  ban(authorId: string): Comment[] {
    const name = this.comments.findLast((c) => c.author.id === authorId)?.author.name ?? authorId;
    this.banned.add(authorId, name.slice(0, 80), this.now());
    return this.comments.filter((c) => c.author.id === authorId && !c.hidden).map((c) => this.hide(c.id));
  }

  bannedViewers(): BannedViewer[] {
    return this.banned.list();
  }

  /** Takes a banned viewer's next comments in again; what was hidden stays hidden. */
  unban(authorId: string): BannedViewer[] {
    this.banned.delete(authorId);
    return this.banned.list();
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

  /**
   * The host's reply, translated into the asker's language (the original when that fails). A
   * platform's comment is answered on that platform (`via: 'platform'`), and stays unanswered
   * when the platform refuses; the window sends a viewer page's reply over LiveKit.
   */
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
    const onPlatform = isChatPlatform(comment.source);
    if (onPlatform) {
      if (!this.options.platformReply) throw new StudioError('CHAT_NOT_CONNECTED', comment.source);
      await this.options.platformReply(comment, sent, toEveryone);
    }
    this.insertReply.run(comment.id, this.now(), text, sent, language, to);
    this.change(commentId, { answered: true });
    return { via: onPlatform ? 'platform' : 'room', to, question: comment.text, text: sent, language };
  }

  private find(id: string): Comment {
    const comment = this.comments.find((c) => c.id === id);
    if (!comment) throw new StudioError('NOT_FOUND', `no comment ${id}`);
    return comment;
  }

  /** Applies a change to the stored comment (read back from SQLite when no longer in memory). */
  private change(id: string, patch: CommentPatch): Comment {
    const inMemory = this.comments.find((c) => c.id === id);
    const stored = inMemory ?? this.stored(id);
    const next = { ...stored, ...patch };
    this.update.run(JSON.stringify(next), id);
    if (inMemory) this.comments = this.comments.map((c) => (c.id === id ? next : c));
    this.options.events.emit('comments:onChanged', next);
    if (next.answered && !stored.answered) this.options.counter?.answered(next);
    if (next.hidden && !stored.hidden) this.options.counter?.hidden(next);
    return next;
  }

  private stored(id: string): Comment {
    const json = this.select.get(id);
    if (json === undefined) throw new StudioError('NOT_FOUND', `no comment ${id}`);
    return commentSchema.parse(JSON.parse(json));
  }
}
