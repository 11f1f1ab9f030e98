import { z } from 'zod';

/**
 * What a show counts, one event each, stored as it happens (main's ShowRecorder) and summed up
 * only when a report is asked for: a number can always be traced back to what happened.
 */
const identity = z.string().min(1).max(128);
const market = z.string().min(1).max(16);
const name = z.string().max(200);

/** What the studio window sees and main does not: the room's viewers, their clicks, the program. */
export const windowEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('viewerJoin'), viewer: identity, market }).strict(),
  z.object({ kind: z.literal('viewerLeave'), viewer: identity, market }).strict(),
  /** Concurrent viewers per market at one moment: sampled every 10 s and on each join or leave. */
  z
    .object({
      kind: z.literal('audience'),
      destination: z.string().min(1).max(32),
      counts: z.record(market, z.number().int().nonnegative().max(10_000_000)),
    })
    .strict(),
  z.object({ kind: z.literal('buyClick'), viewer: identity, market, productId: identity }).strict(),
  z.object({ kind: z.literal('scene'), sceneId: identity, name }).strict(),
  z.object({ kind: z.literal('product'), productId: identity.nullable(), name }).strict(),
]);
export type WindowEvent = z.infer<typeof windowEventSchema>;

/** At most this many per call: the window sends what it saw every quarter second. */
export const windowEventBatchSchema = z.array(windowEventSchema).max(2000);

/** Kinds as stored in the `show_events` table. */
export const eventKinds = [
  'viewerJoin',
  'viewerLeave',
  'audience',
  'buyClick',
  'scene',
  'product',
  'comment',
  'answer',
  'vote',
  'poll',
  /** A comment hidden after it arrived (blocked, its author banned): it no longer counts. */
  'hidden',
] as const;
export type EventKind = (typeof eventKinds)[number];

/**
 * One stored row: `subject` is the viewer, product, scene, comment or poll it is about; `detail`
 * a name, a language or a poll's JSON; `value` a count, a flag or milliseconds.
 */
export interface StoredEvent {
  at: number;
  kind: EventKind;
  market: string | null;
  subject: string | null;
  detail: string | null;
  value: number | null;
}

/** A finished poll as the report shows it. */
export const pollResultSchema = z.object({
  question: z.string(),
  options: z.array(z.string()),
  votes: z.array(z.number()),
});
export type PollResult = z.infer<typeof pollResultSchema>;
