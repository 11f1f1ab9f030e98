/**
 * Every platform's chat at once: the viewer page, YouTube, Twitch and Facebook (local fakes of
 * their documented APIs, test/support/platforms), 200 comments a second in all for 60 s, in ten
 * languages, through the real connectors, moderation, detection, Apertium APy on this machine,
 * SQLite and the studio window, while the compositor renders a camera. Mid-run each platform
 * misbehaves as platforms do: YouTube's access token expires, Twitch moves the session
 * (`session_reconnect`) and Facebook's comment stream drops.
 *
 * - latency_ms_p95 (and per source): from a comment's arrival at its connector (the fake's
 *   response or frame; the viewer page's call into main) to the studio window holding it
 *   translated (or told it cannot be), in the queue's next frame.
 * - provider_ms_p95: what Apertium itself took per translation, measured alone; the goal is
 *   latency_ms_p95 less than 150 ms beyond it (beyond_provider_ms_p95).
 * - dropped: comments sent and never shown; duplicates: comments stored twice.
 * - compositor_fps: frames the compositor rendered per second during the run.
 */
import type { Page } from 'playwright-core';
import { startApy } from '../test/support/apertium/apy';
import { startPlatformFakes } from '../test/support/platforms/platformFakes';
import { startBenchStudio } from './lib/benchStudio';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';

const perSecond = benchSetting('BENCH_RATE', 200, 40);
const seconds = benchSetting('BENCH_SECONDS', 60, 4);
const sources = ['livekit', 'youtube', 'twitch', 'facebook'] as const;
type Source = (typeof sources)[number];

const phrases: [string, string][] = [
  ['es', '¿Cuánto cuesta el envío a México'],
  ['es', '¿Tiene garantía este producto'],
  ['pt', 'Qual é o prazo de entrega'],
  ['en', 'Is it waterproof'],
  ['en', 'Love it, just ordered'],
  ['id', 'Berapa ongkir ke Jakarta'],
  ['fr', 'Combien coûte la livraison'],
  ['zh', '这个多少钱'],
  ['ar', 'كم سعر الشحن'],
  ['th', 'ส่งไปไทยกี่วัน'],
];

/** In the studio window: when each comment is there translated (or its failure known), a frame later. */
const windowWatcher = `
  window.__ready = new Map();
  const mark = (c) => {
    if (c.translationPending) return;
    const n = /#(\\d+)/.exec(c.text);
    if (!n) return;
    const key = c.source + ':' + n[1];
    if (window.__ready.has(key)) return;
    requestAnimationFrame(() => { if (!window.__ready.has(key)) window.__ready.set(key, Date.now()); });
  };
  window.studio.on('comments:onAdded', mark);
  window.studio.on('comments:onChanged', mark);
`;

async function main(): Promise<void> {
  const apy = await startApy();
  const arrived = new Map<string, number>();
  const keyOf = (source: Source, text: string) => `${source}:${/#(\d+)/.exec(text)?.[1] ?? ''}`;
  const fakes = await startPlatformFakes({
    youtube: (m) => arrived.set(keyOf('youtube', m.text), Date.now()),
    facebook: (c) => arrived.set(keyOf('facebook', c.message), Date.now()),
  });
  const bench = await startBenchStudio({
    chatEndpoints: fakes.endpoints,
    openExternal: (url) => fakes.openBrowser(url),
  });
  try {
    const { services, browser, server } = bench;
    const { chatPlatforms } = services.settings.getAll();
    services.settings.update({
      translationProvider: 'apertium',
      translationUrl: apy.url,
      chatPlatforms: {
        // The quota is the studio's to pace; here the pipeline is measured, so it does not bind.
        youtube: {
          ...chatPlatforms.youtube,
          clientId: fakes.youtube.clientId,
          dailyQuota: 10_000_000,
          market: 'mx',
        },
        twitch: { ...chatPlatforms.twitch, clientId: fakes.twitch.clientId, market: 'uk' },
        facebook: { ...chatPlatforms.facebook, pageId: fakes.facebook.pageId, market: 'ph' },
      },
    });
    // YouTube's own pace (it says how often to ask); every message a list holds comes in one page.
    fakes.youtube.state.pollingIntervalMillis = 1000;
    fakes.youtube.state.pageSize = 2000;
    services.secrets.set('facebookPageToken', fakes.facebook.pageToken);

    const providerMs: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      await fetch(
        `${apy.url}/translate?langpair=spa|eng&q=${encodeURIComponent(`¿Cuánto cuesta el envío ${i}?`)}`,
      );
      providerMs.push(performance.now() - started);
    }

    const until = async (test: () => boolean, what: string) => {
      for (const end = Date.now() + 20_000; !test();) {
        if (Date.now() > end) throw new Error(`timed out: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const state = (p: 'youtube' | 'twitch' | 'facebook') =>
      services.chat.list().find((s) => s.platform === p);
    services.chat.signIn('youtube');
    services.chat.signIn('twitch');
    await until(() => state('twitch')?.deviceCode !== null, 'device code');
    fakes.twitch.approveAll();
    services.chat.connect('facebook');
    await until(
      () =>
        (['youtube', 'twitch', 'facebook'] as const).every((p) => state(p)?.state === 'listening') &&
        fakes.twitch.subscribed() &&
        fakes.facebook.streaming(),
      'every connector listening',
    );

    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.urlWith('?diagnostics'));
    await page.getByRole('contentinfo').waitFor();
    await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
    await page.waitForTimeout(2000);
    await page.evaluate(windowWatcher);
    await page.evaluate(
      '(window.__crossliveDiagnostics && window.__crossliveDiagnostics.resetCompositorStats())',
    );

    const total = perSecond * seconds;
    const started = Date.now();
    const viewerPageCalls: Promise<unknown>[] = [];
    const sent: string[] = [];
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / perSecond;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const [language, phrase] = phrases[n % phrases.length] as [string, string];
      const text = `${phrase} #${n}?`;
      const source = sources[n % sources.length] as Source;
      sent.push(keyOf(source, text));
      // Each comment from its own viewer: the per-viewer pace limit is not what is measured.
      if (source === 'livekit') {
        arrived.set(keyOf(source, text), Date.now());
        // What the window does with a viewer page's chat once LiveKit delivered it.
        viewerPageCalls.push(
          page.evaluate(
            ([t, l, id]) =>
              window.studio.invoke('comments:ingest', {
                source: 'livekit',
                authorId: id,
                authorName: id,
                text: t,
                language: l,
              }),
            [text, language, `viewer-${n}`] as const,
          ),
        );
      } else if (source === 'youtube') {
        fakes.youtube.say({ channelId: `UC${n}`, name: `Viewer ${n % 97}`, text });
      } else if (source === 'twitch') {
        arrived.set(keyOf(source, text), Date.now());
        fakes.twitch.say({ chatterId: String(10_000 + n), name: `viewer${n % 97}`, text });
      } else {
        fakes.facebook.comment({ id: String(20_000 + n), name: `Viewer ${n % 97}` }, text);
      }
      // A third of the way in, every platform misbehaves once.
      if (n === Math.floor(total / 3)) {
        fakes.youtube.expireAccessTokens();
        fakes.twitch.reconnect();
        fakes.facebook.dropStream();
        setTimeout(() => fakes.facebook.restoreStream(), 2000);
      }
    }
    await Promise.all(viewerPageCalls);
    const runSeconds = (Date.now() - started) / 1000;
    // What is still on its way: until every comment is in, or 20 s.
    for (let end = Date.now() + 20_000; Date.now() < end;) {
      const ready = (await page.evaluate('window.__ready.size')) as number;
      if (ready >= total) break;
      await page.waitForTimeout(250);
    }
    const stats = (await page.evaluate(
      'window.__crossliveDiagnostics ? window.__crossliveDiagnostics.compositorStats() : { framesRendered: 0 }',
    )) as { framesRendered: number };
    const fps = stats.framesRendered / ((Date.now() - started) / 1000);
    const ready = new Map(
      (await page.evaluate('Array.from(window.__ready.entries())')) as [string, number][],
    );
    const latencies = (source?: Source) =>
      [...arrived].flatMap(([key, at]) => {
        const done = ready.get(key);
        return done === undefined || (source && !key.startsWith(`${source}:`)) ? [] : [done - at];
      });
    const stored = services.db
      .prepare(
        "SELECT json_extract(document, '$.source') || ':' || json_extract(document, '$.text') FROM comments",
      )
      .pluck()
      .all() as string[];
    const all = latencies();
    const p95 = percentile(all, 95);
    const providerP95 = percentile(providerMs, 95);
    console.log(`sent ${total} in ${round1(runSeconds)} s; ready ${all.length}; stored ${stored.length}`);
    report({
      comments: total,
      rate_per_s: perSecond,
      latency_ms_p50: round1(percentile(all, 50)),
      latency_ms_p95: round1(p95),
      ...Object.fromEntries(
        sources.map((s) => [`latency_ms_p95_${s}`, round1(percentile(latencies(s), 95))]),
      ),
      provider_ms_p95: round1(providerP95),
      beyond_provider_ms_p95: round1(p95 - providerP95),
      dropped: sent.filter((key) => !ready.has(key)).length,
      duplicates: stored.length - new Set(stored).size,
      compositor_fps: round1(fps),
    });
  } finally {
    await bench.close();
    await fakes.close();
    await apy.stop();
  }
}

await main();
