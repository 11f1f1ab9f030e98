import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comment, IncomingComment } from '../../../src/shared/comments/comment';
import { buildServices, trustedSender } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';
import { closeHttpServer } from '../../support/closeHttpServer';

/**
 * A LibreTranslate server in its documented wire format (POST /translate with q, source, target;
 * answers { translatedText }: https://docs.libretranslate.com/guides/api_usage/) that holds every
 * request until the test lets it go, so the test decides in which order translations finish.
 */
async function heldLibreTranslate() {
  const held: { q: string; answer: () => void }[] = [];
  let inFlight = 0;
  let mostAtOnce = 0;
  const server = createServer((req, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { q } = JSON.parse(body) as { q: string };
      mostAtOnce = Math.max(mostAtOnce, ++inFlight);
      held.push({
        q,
        answer: () => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ translatedText: `EN(${q})` }));
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Waits until `count` requests are held. */
    holding: (count: number) =>
      vi.waitFor(
        () => {
          if (held.length < count) throw new Error(`${held.length} of ${count} requests held`);
        },
        { timeout: 5000, interval: 10 },
      ),
    release: (q: string) => {
      const index = held.findIndex((h) => h.q === q);
      held.splice(index, 1)[0]?.answer();
    },
    releaseAll: () => held.splice(0).forEach((h) => h.answer()),
    mostAtOnce: () => mostAtOnce,
    close: () => closeHttpServer(server),
  };
}

describe('comments are stored and shown at once, and translated after, in arrival order', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let provider: Awaited<ReturnType<typeof heldLibreTranslate>>;
  let services: ReturnType<typeof buildServices>;
  let heard: { event: string; comment: Comment }[];

  const open = () => {
    services = buildServices(dir.path);
    services.settings.update({ translationProvider: 'libretranslate', translationUrl: provider.url });
    services.events.connect((event, payload) => heard.push({ event, comment: payload as Comment }));
  };
  const ingest = async (comment: Partial<IncomingComment>) => {
    const answer = await services.router.dispatch(trustedSender, 'comments:ingest', {
      source: 'livekit',
      authorName: 'Viewer',
      ...comment,
    });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as Comment;
  };
  const translatedTexts = () =>
    heard.filter((h) => h.event === 'comments:onChanged' && h.comment.translation).map((h) => h.comment.text);

  beforeEach(async () => {
    dir = makeTempDir('comment-order-');
    provider = await heldLibreTranslate();
    heard = [];
    open();
  });
  afterEach(async () => {
    provider.releaseAll();
    services.close();
    await provider.close();
    dir.remove();
  });

  it('shows a comment while its translation is still out, and keeps the order when they finish reversed', async () => {
    const first = await ingest({
      authorId: 'mx-1',
      text: '¿Cuánto cuesta el envío a Monterrey?',
      language: 'es',
    });
    const second = await ingest({ authorId: 'br-1', text: 'Qual é o prazo de entrega?', language: 'pt' });
    const third = await ingest({ authorId: 'us-1', text: 'Is the blue one in stock?', language: 'en' });
    // Both translations are held by the provider, yet all three are stored and announced.
    await provider.holding(2);
    expect([first, second, third].map((c) => c.translationPending)).toEqual([true, true, false]);
    expect(heard.filter((h) => h.event === 'comments:onAdded').map((h) => h.comment.id)).toEqual([
      first.id,
      second.id,
      third.id,
    ]);
    const stored = services.db.prepare('SELECT id FROM comments ORDER BY at, rowid').pluck().all();
    expect(stored).toEqual([first.id, second.id, third.id]);

    // The host acts on the first while it is being translated: the translation must not undo that.
    await services.router.dispatch(trustedSender, 'comments:setAnswered', { id: first.id, answered: true });
    provider.release(second.text);
    await vi.waitFor(() => expect(translatedTexts()).toEqual([second.text]));
    provider.release(first.text);
    await vi.waitFor(() => expect(translatedTexts()).toEqual([second.text, first.text]));

    const listed = await services.router.dispatch(trustedSender, 'comments:list', undefined);
    const comments = (listed as { value: Comment[] }).value;
    expect(comments.map((c) => c.id)).toEqual([first.id, second.id, third.id]);
    expect(comments[0]).toMatchObject({
      translation: `EN(${first.text})`,
      translationPending: false,
      answered: true,
    });
    expect(comments[1]).toMatchObject({ translation: `EN(${second.text})`, translationPending: false });
    expect(comments[2]).toMatchObject({ translation: null, translationPending: false });
  });

  it('asks the provider for a few translations at a time, however many comments come at once', async () => {
    const burst = Array.from({ length: 12 }, (_, i) => `¿Tienen la talla ${i + 30} en negro?`);
    for (const [i, text] of burst.entries()) await ingest({ authorId: `es-${i}`, text, language: 'es' });
    expect(heard.filter((h) => h.event === 'comments:onAdded')).toHaveLength(12);
    await provider.holding(4);
    // Letting each go lets the next one in; never more than four are out.
    while (translatedTexts().length < burst.length) {
      const done = translatedTexts().length;
      await provider.holding(1);
      provider.releaseAll();
      await vi.waitFor(() => expect(translatedTexts().length).toBeGreaterThan(done));
    }
    expect(provider.mostAtOnce()).toBe(4);
  });

  it('finishes, after a restart, a translation the studio closed on', async () => {
    const asked = await ingest({ authorId: 'mx-2', text: '¿Hacen envíos a Guadalajara?', language: 'es' });
    await provider.holding(1);
    services.close();
    provider.releaseAll();
    heard = [];
    open();
    await provider.holding(1);
    provider.releaseAll();
    await vi.waitFor(() => expect(translatedTexts()).toEqual([asked.text]));
    const stored = services.db.prepare('SELECT document FROM comments WHERE id = ?').pluck().get(asked.id);
    expect(JSON.parse(stored as string)).toMatchObject({
      translation: `EN(${asked.text})`,
      translationPending: false,
    });
  });
});
