import { z } from 'zod';
import { commentSourceSchema } from '../chat/chatPlatforms';
import { translationFailureSchema } from './translationFailure';

/** What every comment becomes, wherever it came from (the viewer page, a platform's chat, a bridge). */
export const commentSchema = z.object({
  id: z.string(),
  /** Epoch milliseconds of arrival in the studio. */
  at: z.number(),
  source: commentSourceSchema,
  /** The platform's own id for the message: a message seen twice (a resume, a reconnect) is taken once. */
  platformMessageId: z.string().max(256).optional(),
  author: z.object({ id: z.string().max(128), name: z.string().max(80) }),
  /** The viewer's market, when known (the viewer page says). */
  market: z.string().max(16).optional(),
  /** The sanitised text (see sanitizeComment). */
  text: z.string(),
  /** ISO 639-1, detected (or the viewer page's language when detection is unsure). */
  language: z.string().max(16),
  isQuestion: z.boolean(),
  /** Into the host's language; null when it already is, or the translation failed. */
  translation: z.string().nullable(),
  translationFailed: z.boolean(),
  /** Why it failed, when it did (older comments have no reason). */
  translationFailure: translationFailureSchema.nullable().default(null),
  /** On its way: the comment is stored and shown first, and its translation follows as a change. */
  translationPending: z.boolean().default(false),
  answered: z.boolean(),
  hidden: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;

/** A comment as it arrives, before moderation and translation. */
export const incomingCommentSchema = z.object({
  source: commentSourceSchema,
  platformMessageId: z.string().min(1).max(256).optional(),
  authorId: z.string().min(1).max(128),
  authorName: z.string().max(200).default(''),
  /** Raw text: sanitised in main. Anything longer is refused outright, not cut. */
  text: z.string().min(1).max(20_000),
  /** What the sender says the language is (the viewer page's market language). */
  language: z.string().max(16).optional(),
  market: z.string().max(16).optional(),
});
export type IncomingComment = z.infer<typeof incomingCommentSchema>;

/** The host's reply to a question, before translation into the viewer's language. */
export const replyRequestSchema = z.object({
  commentId: z.string(),
  text: z.string().trim().min(1).max(1000),
  /** Only the asker, or every viewer. */
  toEveryone: z.boolean(),
  /** Set when the text is already in the viewer's language (an approved draft): sent as is. */
  language: z.string().max(16).optional(),
});

export const draftSchema = z.object({
  text: z.string(),
  language: z.string(),
  /** 'ai' from the OpenAI-compatible model; 'facts' from the catalog alone. */
  source: z.enum(['ai', 'facts']),
});

export const replyResultSchema = z.object({
  /** Where it went: the window sends a 'room' reply over LiveKit; main already sent a platform's. */
  via: z.enum(['room', 'platform']),
  /** The viewer's identity (or null for everyone), and what to send them. */
  to: z.string().nullable(),
  question: z.string(),
  text: z.string(),
  language: z.string(),
});
export type ReplyResult = z.infer<typeof replyResultSchema>;

/** A viewer the host banned: their identity (a viewer page's or a platform's), the name they used, when. */
export const bannedViewerSchema = z.object({ authorId: z.string(), name: z.string(), at: z.number() });
export type BannedViewer = z.infer<typeof bannedViewerSchema>;
