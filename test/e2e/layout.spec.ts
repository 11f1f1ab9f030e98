import type { Page } from '@playwright/test';
import { uiLanguages } from '../../src/shared/i18n/languages';
import { expect, test } from './harness/fixtures';

/** Controls that stick out of the dock or column they sit in (sideways: docks scroll down, not across). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const dock of Array.from(document.querySelectorAll('.column, .stage')) as HTMLElement[]) {
      const box = dock.getBoundingClientRect();
      for (const control of Array.from(
        dock.querySelectorAll('input, select, textarea, button, label'),
      ) as HTMLElement[]) {
        const rect = control.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1) {
          const name = control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? '';
          found.push(
            `${control.tagName.toLowerCase()} "${name}" ${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`,
          );
        }
      }
    }
    return found;
  });
}

/**
 * Labels whose words run out of their own control: a button, label, heading or chip whose text is
 * wider or taller than the box drawn for it (text cut short on purpose, with an ellipsis, excepted).
 */
function spillingLabels(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const labels = document.querySelectorAll<HTMLElement>(
      'button, label, legend, h1, h2, h3, .chip, [role="tab"], [role="menuitem"]',
    );
    for (const label of Array.from(labels)) {
      if (label.getClientRects().length === 0) continue;
      const style = getComputedStyle(label);
      if (style.textOverflow === 'ellipsis') continue;
      const wide = label.scrollWidth > label.clientWidth + 1;
      const tall = label.scrollHeight > label.clientHeight + 1 && style.overflowY !== 'visible';
      if (wide || tall)
        found.push(`${label.tagName.toLowerCase()} "${label.textContent?.trim().slice(0, 40)}"`);
    }
    return found;
  });
}

const zones: Record<string, string> = {
  en: 'America/New_York',
  'zh-CN': 'Asia/Shanghai',
  es: 'Europe/Madrid',
  'pt-BR': 'America/Sao_Paulo',
  id: 'Asia/Jakarta',
  ar: 'Asia/Riyadh',
  vi: 'Asia/Ho_Chi_Minh',
  th: 'Asia/Bangkok',
  ms: 'Asia/Kuala_Lumpur',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  fr: 'Europe/Paris',
};

for (const { code } of uiLanguages) {
  test.describe(code, () => {
    test.use({ system: { languages: [code], timeZone: zones[code] ?? 'UTC' } });

    test(`no control runs out of its dock at 1280×720, 1920×1080 and 2560×1440 (${code})`, async ({
      studio,
    }) => {
      const { page } = studio;
      // Something in every dock: a source with properties, a poll form, the question queue.
      await page.locator('[aria-labelledby="sources-heading"] .panel__header select').selectOption('camera');
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
        [2560, 1440],
      ] as const) {
        await page.setViewportSize({ width, height });
        await expect.poll(() => overflowing(page), { message: `${width}×${height}` }).toEqual([]);
      }
    });

    test(`no label overflows its control: studio, reports, settings and setup at 1280×720 (${code})`, async ({
      studio,
    }, testInfo) => {
      const { page, services } = studio;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.locator('[aria-labelledby="sources-heading"] .panel__header select').selectOption('camera');
      services.comments.ingest({
        source: 'livekit',
        authorId: 'v-1',
        authorName: 'Lucía',
        market: 'mx',
        text: '¿Cuánto cuesta el envío a México?',
      });
      await expect(page.locator('.question')).toHaveCount(1);
      // A past show, so the reports page has a report (its figures all nought) to lay out.
      services.shows.start();
      services.shows.end();
      const pages = [
        ['studio', async () => undefined],
        [
          'reports',
          async () => {
            await page.getByRole('navigation').getByRole('button').nth(3).click();
            await expect(page.locator('.report .chart').first()).toBeVisible();
            await expect(page.locator('.report .chart:not([data-drawn])')).toHaveCount(0);
          },
        ],
        ['settings', () => page.getByRole('navigation').getByRole('button').nth(4).click()],
        [
          'setup',
          async () => {
            await page.locator('.settings__actions button').last().click();
            await expect(page.getByRole('dialog')).toBeVisible();
          },
        ],
      ] as const;
      for (const [name, open] of pages) {
        await open();
        // Kept beside the test's results, to look at: test-results/layout-<language>-…/<page>.png.
        const path = testInfo.outputPath(`${name}.png`);
        await page.screenshot({ path });
        await testInfo.attach(`${code}-${name}`, { path, contentType: 'image/png' });
        await expect.poll(() => spillingLabels(page), { message: name }).toEqual([]);
      }
    });
  });
}
