/**
 * Every platform's chat at once: the viewer page, YouTube, Twitch and Facebook (local fakes of
 * their documented APIs, test/support/platforms), 200 comments a second in all for 60 s, in ten
 * languages, through the real connectors, moderation, detection, Apertium APy on this machine,
 * SQLite and the studio window, while the compositor renders a camera. Mid-run each platform
 * misbehaves as platforms do: YouTube's access token expires, Twitch moves the session
 * (`session_reconnect`) and Facebook's comment stream drops.
 *
 * - latency_ms_p95 (and per source): from a comment's arrival at its connector (the fake's
 *   response or frame; the viewer page's call into main) to the studio's comments panel holding
 *   it translated (or told it cannot be). main_ms_p95: the same to main sending it to the window;
 *   taken_in_ms_p95: arrival to stored and shown untranslated.
 * - translation_ms_p95: from stored to translated in main: the provider's time under this load
 *   (APy's pipeline for the pair, twice through a pivot); provider_idle_ms_p95: APy alone, idle.
 * - beyond_provider_ms_p95: each comment's latency less its translation time, the studio's own
 *   share (the goal: under 150 ms). BENCH_CALM=1 leaves out the platforms' mid-run trouble.
 * - dropped: comments sent and never shown; duplicates: comments stored twice.
 * - compositor_fps: frames the compositor rendered per second during the run.
 */
import { startApy } from '../test/support/apertium/apy';
import { startRemoteFakes } from './lib/remoteFakes';
import type { ScheduledCall } from './lib/platformFakesProcess';
import { commentsShownEvent } from '../src/renderer/features/comments/commentsShownEvent';
import { startBenchStudio } from './lib/benchStudio';
import { report } from './lib/report';
import { apyAloneMs, openStudioWithCamera } from './lib/commentBench';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';
import { shopperPhrases } from './lib/shopperPhrases';

const perSecond = benchSetting('BENCH_RATE', 200, 40);
const seconds = benchSetting('BENCH_SECONDS', 60, 4);
const sources = ['livekit', 'youtube', 'twitch', 'facebook'] as const;
type Source = (typeof sources)[number];

const phrases = shopperPhrases;

/** In the studio window: when each comment reaches the panel translated (or its failure known). */
const windowWatcher = `
  window.__ready = new Map();
  window.addEventListener('${commentsShownEvent}', (event) => {
    const now = Date.now();
    for (const c of event.detail) {
      if (c.translationPending) continue;
      const n = /#(\\d+)/.exec(c.text);
      if (n && !window.__ready.has(c.source + ':' + n[1])) window.__ready.set(c.source + ':' + n[1], now);
    }
  });
`;

async function main(): Promise<void> {
  const apy = await startApy();
  const arrived = new Map<string, number>();
  const keyOf = (source: Source, text: string) => `${source}:${/#(\d+)/.exec(text)?.[1] ?? ''}`;
  // In a process of their own: the platforms' work is not the studio's.
  const fakes = await startRemoteFakes((platform, text, at) => arrived.set(keyOf(platform, text), at));
  const bench = await startBenchStudio({
    chatEndpoints: fakes.endpoints,
    openExternal: async (url) => {
      await fakes.call('openBrowser', url);
    },
  });
  try {
    const { services } = bench;
    const { chatPlatforms } = services.settings.getAll();
    services.settings.update({
      translationProvider: 'apertium',
      translationUrl: apy.url,
      chatPlatforms: {
        // The quota is the studio's to pace; here the pipeline is measured, so it does not bind.
        youtube: {
          ...chatPlatforms.youtube,
          clientId: fakes.youtubeClientId,
          dailyQuota: 10_000_000,
          market: 'mx',
        },
        twitch: { ...chatPlatforms.twitch, clientId: fakes.twitchClientId, market: 'uk' },
        facebook: { ...chatPlatforms.facebook, pageId: fakes.facebookPageId, market: 'ph' },
      },
    });
    // YouTube's own pace (it says how often to ask); every message a list holds comes in one page.
    await fakes.set('youtube.state.pollingIntervalMillis', 1000);
    await fakes.set('youtube.state.pageSize', 2000);
    services.secrets.set('facebookPageToken', fakes.facebookPageToken);

    const providerMs = await apyAloneMs(apy.url, 40);

    const until = async (test: () => boolean | Promise<boolean>, what: string) => {
      for (const end = Date.now() + 20_000; !(await test());) {
        if (Date.now() > end) throw new Error(`timed out: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const state = (p: 'youtube' | 'twitch' | 'facebook') =>
      services.chat.list().find((s) => s.platform === p);
    services.chat.signIn('youtube');
    services.chat.signIn('twitch');
    await until(() => state('twitch')?.deviceCode !== null, 'device code');
    await fakes.call('twitch.approveAll');
    services.chat.connect('facebook');
    await until(
      async () =>
        (['youtube', 'twitch', 'facebook'] as const).every((p) => state(p)?.state === 'listening') &&
        (await fakes.call('twitch.subscribed')) === true &&
        (await fakes.call('facebook.streaming')) === true,
      'every connector listening',
    );

    // The same moment in main: translated (or known untranslatable) and sent to the window.
    const inMain = new Map<string, number>();
    const addedInMain = new Map<string, number>();
    services.events.connect((event, payload) => {
      if (event !== 'comments:onAdded' && event !== 'comments:onChanged') return;
      const comment = payload as { source: Source; text: string; translationPending: boolean };
      const key = keyOf(comment.source, comment.text);
      if (event === 'comments:onAdded') addedInMain.set(key, Date.now());
      if (!comment.translationPending && !inMain.has(key)) inMain.set(key, Date.now());
    });

    const page = await openStudioWithCamera(bench, windowWatcher);
    // The compositor's statistics start afresh as the page opens.
    const framesFrom = Date.now();

    // The whole burst is handed over before it starts, so nothing is sent per comment from this
    // process, which is the studio's main: the platforms' share to the fakes' process, which keeps
    // the time, and the viewer page's to the window, where LiveKit's chat would arrive.
    const total = perSecond * seconds;
    const started = Date.now() + 500;
    const platformCalls: ScheduledCall[] = [];
    const viewerPage: { at: number; text: string; language: string; id: string }[] = [];
    const sent: string[] = [];
    for (let n = 0; n < total; n++) {
      const at = started + (n * 1000) / perSecond;
      const [language, phrase] = phrases[n % phrases.length] ?? ['en', ''];
      const text = `${phrase} #${n}?`;
      const source = sources[n % sources.length] as Source;
      sent.push(keyOf(source, text));
      // Each comment from its own viewer: the per-viewer pace limit is not what is measured.
      if (source === 'livekit') viewerPage.push({ at, text, language, id: `viewer-${n}` });
      else if (source === 'youtube')
        platformCalls.push({
          at,
          path: 'youtube.say',
          args: [{ channelId: `UC${n}`, name: `Viewer ${n % 97}`, text }],
        });
      else if (source === 'twitch')
        platformCalls.push({
          at,
          path: 'twitch.say',
          args: [{ chatterId: String(10_000 + n), name: `viewer${n % 97}`, text }],
        });
      else
        platformCalls.push({
          at,
          path: 'facebook.comment',
          args: [{ id: String(20_000 + n), name: `Viewer ${n % 97}` }, text],
        });
      // A third of the way in, every platform misbehaves once.
      if (n === Math.floor(total / 3) && !process.env.BENCH_CALM) {
        platformCalls.push(
          { at, path: 'youtube.expireAccessTokens', args: [] },
          { at, path: 'twitch.reconnect', args: [] },
          { at, path: 'facebook.dropStream', args: [] },
          { at: at + 2000, path: 'facebook.restoreStream', args: [] },
        );
      }
    }
    platformCalls.sort((a, b) => a.at - b.at);
    const platformsDone = fakes.schedule(platformCalls);
    // What the window does with a viewer page's chat once LiveKit delivered it; each arrival is
    // stamped as it is handed to main.
    const viewerArrivals = (await page.evaluate(async (calls) => {
      const arrivals: [string, number][] = [];
      const answers: Promise<unknown>[] = [];
      for (const c of calls) {
        const wait = c.at - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        arrivals.push([c.text, Date.now()]);
        answers.push(
          window.studio.invoke('comments:ingest', {
            source: 'livekit',
            authorId: c.id,
            authorName: c.id,
            text: c.text,
            language: c.language,
          }),
        );
      }
      await Promise.all(answers);
      return arrivals;
    }, viewerPage)) as [string, number][];
    for (const [text, at] of viewerArrivals) arrived.set(keyOf('livekit', text), at);
    await platformsDone;
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
    const fps = stats.framesRendered / ((Date.now() - framesFrom) / 1000);
    const ready = new Map(
      (await page.evaluate('Array.from(window.__ready.entries())')) as [string, number][],
    );
    const latencies = (source?: Source, doneAt: Map<string, number> = ready) =>
      [...arrived].flatMap(([key, at]) => {
        const done = doneAt.get(key);
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
    // Each comment's time with the translation service (from stored to translated in main: APy's
    // pipeline for its pair, through a pivot where there is one) taken out of its latency.
    const beyond = [...arrived].flatMap(([key, at]) => {
      const done = ready.get(key);
      const added = addedInMain.get(key);
      const translated = inMain.get(key);
      if (done === undefined || added === undefined || translated === undefined) return [];
      return [done - at - (translated - added)];
    });
    const translation = [...addedInMain].flatMap(([key, added]) => {
      const translated = inMain.get(key);
      return translated === undefined || translated === added ? [] : [translated - added];
    });
    console.log(`sent ${total} in ${round1(runSeconds)} s; ready ${all.length}; stored ${stored.length}`);
    report({
      comments: total,
      rate_per_s: perSecond,
      latency_ms_p50: round1(percentile(all, 50)),
      latency_ms_p95: round1(p95),
      ...Object.fromEntries(
        sources.map((s) => [`latency_ms_p95_${s}`, round1(percentile(latencies(s), 95))]),
      ),
      main_ms_p95: round1(percentile(latencies(undefined, inMain), 95)),
      taken_in_ms_p95: round1(percentile(latencies(undefined, addedInMain), 95)),
      translation_ms_p95: round1(percentile(translation, 95)),
      provider_idle_ms_p95: round1(providerP95),
      beyond_provider_ms_p95: round1(percentile(beyond, 95)),
      dropped: sent.filter((key) => !ready.has(key)).length,
      duplicates: stored.length - new Set(stored).size,
      compositor_fps: round1(fps),
    });
  } finally {
    await bench.close();
    fakes.close();
    await apy.stop();
  }
}

await main();
