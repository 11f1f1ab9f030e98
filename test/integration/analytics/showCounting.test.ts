import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowEvent } from '../../../src/shared/analytics/showEvents';
import { callMain as call, type Services } from '../../support/callMain';
import { buildServices, trustedSender } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';

describe('counting a show', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let clock: number;
  let services: Services;
  const now = (): number => clock;

  beforeEach(() => {
    dir = makeTempDir();
    clock = Date.UTC(2026, 5, 1, 12, 0, 0);
    services = buildServices(dir.path, { now });
  });
  afterEach(() => {
    services.close();
    dir.remove();
  });

  const record = (...events: WindowEvent[]) => call(services, 'analytics:record', events);

  it('counts from Go live to End show what the window saw and what main did, and nothing between shows', async () => {
    await record({ kind: 'scene', sceneId: 'factory', name: 'Factory floor' });
    await record({ kind: 'product', productId: 'scarf', name: 'Silk scarf' });
    await record({ kind: 'buyClick', viewer: 'early', market: 'br', productId: 'scarf' });
    await call(services, 'comments:ingest', {
      source: 'livekit',
      authorName: '',
      authorId: 'early',
      text: 'Before the show?',
      market: 'br',
    });

    const show = await call(services, 'analytics:startShow');
    expect(await call(services, 'analytics:startShow')).toEqual(show);
    await record(
      { kind: 'viewerJoin', viewer: 'ana', market: 'br' },
      { kind: 'viewerJoin', viewer: 'li', market: 'sa' },
      { kind: 'audience', destination: 'livekit', counts: { br: 1, sa: 1 } },
    );
    clock += 5_000;
    const asked = await call(services, 'comments:ingest', {
      source: 'livekit',
      authorName: '',
      authorId: 'ana',
      text: 'Qual é o prazo de entrega?',
      market: 'br',
      language: 'pt',
    });
    await call(services, 'comments:ingest', {
      source: 'livekit',
      authorName: '',
      authorId: 'li',
      text: 'جميل جدا',
      market: 'sa',
      language: 'ar',
    });
    clock += 40_000;
    await call(services, 'comments:setAnswered', { id: asked?.id ?? '', answered: true });
    await call(services, 'comments:setAnswered', { id: asked?.id ?? '', answered: false });
    await call(services, 'comments:setAnswered', { id: asked?.id ?? '', answered: true });
    await record({ kind: 'buyClick', viewer: 'ana', market: 'br', productId: 'scarf' });
    const poll = await call(services, 'polls:create', { question: 'Colour?', options: ['Red', 'Blue'] });
    await call(services, 'polls:vote', { pollId: poll.id, voter: 'ana', option: 1 });

    const live = await call(services, 'analytics:getLive');
    expect(live).toMatchObject({
      viewers: [
        { market: 'br', count: 1 },
        { market: 'sa', count: 1 },
      ],
      questionsWaiting: 0,
      questionsAsked: 1,
      clicks: [{ productId: 'scarf', name: 'Silk scarf', clicks: 1 }],
    });

    clock += 15_000;
    const ended = await call(services, 'analytics:endShow');
    expect(ended?.endedAt).toBe(clock);
    await record({ kind: 'buyClick', viewer: 'late', market: 'br', productId: 'scarf' });

    const report = await call(services, 'analytics:getReport', { id: show.id });
    expect(report.durationMs).toBe(60_000);
    expect(report.totals).toEqual({
      uniqueViewers: 2,
      peakViewers: 2,
      buyClicks: 1,
      comments: 2,
      questions: 1,
      answered: 1,
      unanswered: 0,
      votes: 1,
    });
    expect(report.answerTimes.medianMs).toBe(40_000);
    expect(report.markers.map((m) => m.name)).toEqual(['Factory floor', 'Silk scarf']);
    expect(report.polls).toEqual([{ question: 'Colour?', options: ['Red', 'Blue'], votes: [0, 1] }]);
    expect(report.topQuestions).toEqual([{ text: 'Qual é o prazo de entrega?', count: 1, markets: ['br'] }]);
    expect(report.show.timeZone).toBe('Europe/Madrid');

    const shows = await call(services, 'analytics:listShows');
    expect(shows).toMatchObject([
      { id: show.id, uniqueViewers: 2, buyClicks: 1, questions: 1, recovered: false },
    ]);
    const csv = await call(services, 'analytics:exportCsv', { id: show.id });
    expect(csv.text.split('\r\n')[0]).toBe(
      'minute_utc,host_time,viewers_br,viewers_sa,viewers_total,questions,answered,comments,buy_clicks_br,on_air',
    );
  });

  it('keeps a hidden comment out of the counts and the top questions', async () => {
    services.settings.update({ commentBlocklist: ['spam'] });
    const show = await call(services, 'analytics:startShow');
    await call(services, 'comments:ingest', {
      source: 'livekit',
      authorName: '',
      authorId: 'x',
      text: 'buy spam here?',
      market: 'br',
    });
    await call(services, 'analytics:endShow');
    const report = await call(services, 'analytics:getReport', { id: show.id });
    expect(report.totals.comments).toBe(0);
    expect(report.topQuestions).toEqual([]);
  });

  it('takes out of the counts what a banned viewer asked, waiting or answered', async () => {
    const show = await call(services, 'analytics:startShow');
    const ask = (authorId: string, text: string) =>
      call(services, 'comments:ingest', { source: 'livekit', authorName: '', authorId, text, market: 'br' });
    await ask('troll', 'Is this a scam?');
    const answered = await ask('troll', 'Why so expensive?');
    await ask('ana', 'Does it come in blue?');
    await call(services, 'comments:setAnswered', { id: answered?.id ?? '', answered: true });
    expect(await call(services, 'analytics:getLive')).toMatchObject({
      questionsAsked: 3,
      questionsWaiting: 2,
    });
    await call(services, 'comments:ban', { authorId: 'troll' });
    expect(await call(services, 'analytics:getLive')).toMatchObject({
      questionsAsked: 1,
      questionsWaiting: 1,
    });
    await call(services, 'analytics:endShow');
    const report = await call(services, 'analytics:getReport', { id: show.id });
    expect(report.totals).toMatchObject({ comments: 1, questions: 1, answered: 0, unanswered: 1 });
    expect(report.answerTimes.medianMs).toBeNull();
    expect(report.topQuestions.map((q) => q.text)).toEqual(['Does it come in blue?']);
    expect(await call(services, 'analytics:listShows')).toMatchObject([{ questions: 1 }]);
  });

  it('refuses to delete the show on air, with a code the window translates', async () => {
    const show = await call(services, 'analytics:startShow');
    const refused = await services.router.dispatch(trustedSender, 'analytics:deleteShow', { id: show.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHOW_ON_AIR' } });
    await call(services, 'analytics:endShow');
    expect(await call(services, 'analytics:deleteShow', { id: show.id })).toEqual([]);
    const missing = await services.router.dispatch(trustedSender, 'analytics:getReport', { id: show.id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses malformed window events whole', async () => {
    const bad = await services.router.dispatch(trustedSender, 'analytics:record', [
      { kind: 'buyClick', viewer: 'a', market: 'br', productId: 'p' },
      { kind: 'buyClick', viewer: '', market: 'br', productId: 'p' },
    ]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('closes a show the studio did not live to end at its last event, on the next start', async () => {
    const show = await call(services, 'analytics:startShow');
    clock += 30_000;
    await record({ kind: 'buyClick', viewer: 'ana', market: 'br', productId: 'scarf' });
    services.shows.flush();
    // A second studio on the same files, as after a crash: the first never ended its show.
    const restarted = buildServices(dir.path, { now });
    try {
      const [listed] = await call(restarted, 'analytics:listShows');
      expect(listed).toMatchObject({ id: show.id, recovered: true, endedAt: clock, buyClicks: 1 });
    } finally {
      restarted.close();
    }
  });
});
