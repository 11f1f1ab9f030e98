/**
 * Comments under a burst: 50 a second for 60 s, mixed languages, through the whole pipeline with
 * a local provider (Apertium APy on this machine): the bridge endpoint in main, moderation,
 * language detection, question rules, translation (with its cache), SQLite, the event to the
 * studio window and its question panel, while the compositor renders the program at 30 fps.
 *
 * - latency_ms_p50/p95: from a comment's arrival at main to its row in the studio's panel.
 * - provider_ms_p50: what the provider itself took per uncached translation (APy's own time).
 * - dropped: comments sent and never shown (must be 0).
 * - compositor_fps: frames the compositor rendered per second during the burst.
 * - long_tasks: renderer tasks over 50 ms during the burst.
 */
import { startApy } from '../test/support/apertium/apy';
import { startBenchStudio } from './lib/benchStudio';
import { report } from './lib/report';
import { apyAloneMs, openStudioWithCamera } from './lib/commentBench';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';
import { shopperPhrases } from './lib/shopperPhrases';

const perSecond = benchSetting('BENCH_RATE', 50, 20);
const seconds = benchSetting('BENCH_SECONDS', 60, 3);

const phrases = shopperPhrases;

const pageWatcher = `
  window.__seen = new Map();
  window.__longTasks = 0;
  new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; })
    .observe({ type: 'longtask', buffered: false });
  const note = (node) => {
    const text = node.textContent || '';
    for (const match of text.matchAll(/#(\\d+)/g)) if (!window.__seen.has(match[1])) window.__seen.set(match[1], Date.now());
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) note(node);
  }).observe(document.querySelector('[aria-labelledby="comments-heading"]'), { childList: true, subtree: true });
`;

async function main(): Promise<void> {
  const apy = await startApy();
  const bench = await startBenchStudio();
  try {
    const { services, server } = bench;
    services.settings.update({ translationProvider: 'apertium', translationUrl: apy.url });
    // The provider's own time, measured on its own: what the pipeline adds is on top of it.
    const providerMs = await apyAloneMs(apy.url, 20);

    const page = await openStudioWithCamera(bench, pageWatcher);
    const { url, token } = await (async () => {
      const answer = await services.router.dispatch(
        { url: `${server.origin}/index.html`, isMainFrame: true },
        'comments:getIngest',
        undefined,
      );
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as { url: string; token: string };
    })();

    const arrived = new Map<string, number>();
    const sends: Promise<unknown>[] = [];
    const started = Date.now();
    const total = perSecond * seconds;
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / perSecond;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const [language, phrase] = phrases[n % phrases.length] ?? ['en', ''];
      const text = `${phrase} #${n}?`;
      // Each comment from its own viewer: the per-viewer pace limit is not what is measured.
      arrived.set(String(n), Date.now());
      sends.push(
        fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ authorId: `viewer-${n}`, authorName: `Viewer ${n % 97}`, text, language }),
        }),
      );
    }
    await Promise.all(sends);
    const burstSeconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(3000);
    const stats = (await page.evaluate(
      'window.__crossliveDiagnostics ? window.__crossliveDiagnostics.compositorStats() : { framesRendered: 0 }',
    )) as { framesRendered: number };
    const seen = new Map((await page.evaluate('Array.from(window.__seen.entries())')) as [string, number][]);
    const longTasks = (await page.evaluate('window.__longTasks')) as number;
    const latencies = [...arrived].flatMap(([n, at]) => {
      const shown = seen.get(n);
      return shown === undefined ? [] : [shown - at];
    });
    console.log(`sent ${total} in ${round1(burstSeconds)} s; shown ${latencies.length}`);
    report({
      comments: total,
      rate_per_s: perSecond,
      latency_ms_p50: round1(percentile(latencies, 50)),
      latency_ms_p95: round1(percentile(latencies, 95)),
      provider_ms_p50: round1(percentile(providerMs, 50)),
      dropped: total - latencies.length,
      compositor_fps: round1(stats.framesRendered / (burstSeconds + 3)),
      long_tasks: longTasks,
    });
  } finally {
    await bench.close();
    await apy.stop();
  }
}

await main();
