import type { Page } from 'playwright-core';
import type { BenchStudio } from './benchStudio';

/** What APy takes per translation on its own, idle: what the comment pipeline adds is on top of it. */
export async function apyAloneMs(apyUrl: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fetch(
      `${apyUrl}/translate?langpair=spa|eng&q=${encodeURIComponent(`¿Cuánto cuesta el envío ${i}?`)}`,
    );
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * The studio page as a comment bench watches it: diagnostics on, a camera on the program (the
 * compositor working as in a show), `watcher` installed, the frame count started from zero.
 */
export async function openStudioWithCamera(bench: BenchStudio, watcher: string): Promise<Page> {
  const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(bench.server.urlWith('?diagnostics'));
  await page.getByRole('contentinfo').waitFor();
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.waitForTimeout(2000);
  await page.evaluate(watcher);
  await page.evaluate(
    '(window.__crossliveDiagnostics && window.__crossliveDiagnostics.resetCompositorStats())',
  );
  return page;
}
