import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Comment, IncomingComment } from '../../../src/shared/comments/comment';
import { apyAvailable, startApy, type Apy } from '../../support/apertium/apy';
import { buildServices, trustedSender } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';
import { hostileComments } from '../../support/hostileComments';

const hostile = hostileComments;

describe('the comment pipeline', () => {
  const dir = makeTempDir('comments-');
  let apy: Apy | undefined;
  let services: ReturnType<typeof buildServices>;
  const changes: Comment[] = [];
  beforeAll(async () => {
    if (apyAvailable) apy = await startApy();
    services = buildServices(dir.path);
    services.events.connect((event, payload) => {
      if (event === 'comments:onChanged') changes.push(payload as Comment);
    });
    services.settings.update({
      translationProvider: apy ? 'apertium' : 'off',
      translationUrl: apy?.url ?? '',
    });
  });
  afterAll(async () => {
    services.close();
    dir.remove();
    await apy?.stop();
  });

  const ingest = async (comment: Partial<IncomingComment>) => {
    const answer = await services.router.dispatch(trustedSender, 'comments:ingest', {
      source: 'livekit',
      authorId: 'viewer-1',
      authorName: 'Ana',
      text: 'hola',
      ...comment,
    });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as Comment | null;
  };
  /** The comment once its translation (or the failure of it) has come, as the panel hears it. */
  const translated = (comment: Comment | null) =>
    vi.waitFor(
      () => {
        const outcome = changes.find((c) => c.id === comment?.id && !c.translationPending);
        if (!outcome) throw new Error(`no translation yet for ${comment?.text}`);
        return outcome;
      },
      { timeout: 15_000, interval: 20 },
    );

  it('takes a hostile corpus without a crash, keeping it as plain, bounded text', async () => {
    const kept: Comment[] = [];
    for (const [i, text] of hostile.entries()) {
      const comment = await ingest({ authorId: `hostile-${i}`, text, language: 'en' });
      if (comment) kept.push(comment);
    }
    expect(kept).toHaveLength(hostile.length - 1); // the blank one is dropped
    for (const comment of kept) {
      expect(Array.from(comment.text).length).toBeLessThanOrEqual(501);
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(comment.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u001b]/);
    }
    expect(kept.find((c) => c.text.includes('script'))?.text).toBe('<script>window.hacked = true</script>');
    expect(kept.find((c) => c.text.startsWith('🔥'))?.text).toBe('🔥'.repeat(5));
    // A lone surrogate is not text: stored as U+FFFD, so every comment encodes.
    expect(kept.find((c) => c.text.startsWith('how much'))?.text).toBe('how much \uFFFD for two?');
    for (const comment of kept) expect(() => encodeURIComponent(comment.text)).not.toThrow();
    // An injection is a comment like any other: stored, and a question only if it asks one.
    expect(kept.find((c) => c.text.startsWith('Ignore all'))).toMatchObject({
      isQuestion: false,
      hidden: false,
    });
    // Everything is in SQLite.
    const stored = services.db.prepare('SELECT COUNT(*) FROM comments').pluck().get() as number;
    expect(stored).toBe(kept.length);
  });

  it('refuses a request that is not a comment at the boundary', async () => {
    const answer = await services.router.dispatch(trustedSender, 'comments:ingest', {
      source: 'livekit',
      authorId: '',
      text: 'x',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    const huge = await services.router.dispatch(trustedSender, 'comments:ingest', {
      source: 'bridge',
      authorId: 'v',
      text: 'x'.repeat(20_001),
    });
    expect(huge).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('hides comments with blocked words on arrival, keeping them in the log', async () => {
    services.settings.update({ commentBlocklist: ['fake', 'estafa'] });
    const blocked = await ingest({ authorId: 'troll-1', text: 'This shop is FAKE' });
    const fine = await ingest({ authorId: 'fan-1', text: 'Looks great' });
    expect(blocked).toMatchObject({ hidden: true, text: 'This shop is FAKE' });
    expect(fine).toMatchObject({ hidden: false });
    services.settings.update({ commentBlocklist: [] });
  });

  it('limits each viewer’s pace, and a ban hides them and drops what they write next', async () => {
    const results = [];
    for (let i = 0; i < 8; i++)
      results.push(await ingest({ authorId: 'flooder', text: `comment number ${i}` }));
    expect(results.filter(Boolean)).toHaveLength(5);
    const banned = await services.router.dispatch(trustedSender, 'comments:ban', { authorId: 'flooder' });
    expect(banned).toMatchObject({ ok: true });
    expect((banned as { value: Comment[] }).value.every((c) => c.hidden)).toBe(true);
    expect(await ingest({ authorId: 'flooder', text: 'back again' })).toBeNull();
    // The ban is in SQLite: a restarted studio keeps it.
    const restarted = buildServices(dir.path);
    try {
      const after = {
        source: 'livekit',
        authorId: 'flooder',
        authorName: '',
        text: 'after a restart',
      } as const;
      expect(restarted.comments.ingest(after)).toBeUndefined();
      expect(restarted.comments.ingest({ ...after, authorId: 'someone-else' })).toBeDefined();
    } finally {
      restarted.close();
    }
  });

  it.skipIf(!apyAvailable)(
    'detects, translates and answers a Spanish question through real Apertium',
    async () => {
      const asked = await ingest({
        authorId: 'mx-1',
        text: '¿Tienen garantía?',
        language: 'es',
        market: 'mx',
      });
      expect(asked).toMatchObject({ language: 'es', isQuestion: true, translationPending: true });
      const question = await translated(asked);
      expect(question).toMatchObject({ translationFailed: false, translationPending: false });
      expect(question.translation).toMatch(/guarantee|warranty/i);
      const reply = await services.router.dispatch(trustedSender, 'comments:reply', {
        commentId: question.id,
        text: 'Yes, one year of warranty.',
        toEveryone: false,
      });
      expect(reply).toMatchObject({
        ok: true,
        value: { to: 'mx-1', language: 'es', question: '¿Tienen garantía?' },
      });
      expect((reply as { value: { text: string } }).value.text).toMatch(/garant/i);
      const listed = await services.router.dispatch(trustedSender, 'comments:list', undefined);
      expect((listed as { value: Comment[] }).value.find((c) => c.id === question.id)?.answered).toBe(true);
    },
  );

  it('marks a comment it could not translate, and still keeps the original', async () => {
    services.settings.update({
      translationProvider: 'libretranslate',
      translationUrl: 'http://127.0.0.1:9/',
    });
    const comment = await translated(
      await ingest({ authorId: 'br-1', text: 'Qual é o prazo de entrega?', language: 'pt' }),
    );
    expect(comment).toMatchObject({
      text: 'Qual é o prazo de entrega?',
      translation: null,
      translationFailed: true,
      translationFailure: 'unreachable',
      translationPending: false,
    });
    // SQLite holds the outcome too, not the pending comment.
    const stored = services.db.prepare('SELECT document FROM comments WHERE id = ?').pluck().get(comment.id);
    expect(JSON.parse(stored as string)).toMatchObject({
      translationFailed: true,
      translationPending: false,
    });
  });
});
