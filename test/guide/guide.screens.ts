import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { marketIds } from '../../src/shared/markets/markets';
import { startApy, type Apy } from '../support/apertium/apy';
import { configureLive, useTestSfu } from '../e2e/support/live';
import { expect, test } from '../e2e/harness/fixtures';
import { prepareSampleShow } from './sampleShow';
import { mainCaller } from '../support/callMain';
import { ShowClock, recordSyntheticShow } from '../support/syntheticShow';

const imagesDir = join(import.meta.dirname, '../../docs/guide/images');

const live = useTestSfu();
let apy: Apy;
test.beforeAll(async () => {
  apy = await startApy();
});
test.afterAll(() => apy.stop());

/** The guide's editions: its language and the host's clock in the pictures. */
const editions = [
  { folder: 'en', languages: ['en-US'], zone: 'America/New_York' },
  { folder: 'zh-CN', languages: ['zh-CN'], zone: 'Asia/Shanghai' },
] as const;

for (const edition of editions) {
  test.describe(edition.folder, () => {
    test.use({ system: { languages: [...edition.languages], timeZone: edition.zone } });
    const dir = join(imagesDir, edition.folder);
    const shoot = async (target: Page | Locator, name: string): Promise<void> => {
      mkdirSync(dir, { recursive: true });
      await target.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled' });
    };
    const nav = (page: Page, index: number) => page.getByRole('navigation').getByRole('button').nth(index);

    test(`studio, questions, products, schedule and settings (${edition.folder})`, async ({ studio }) => {
      const { page, services } = studio;
      services.settings.update({
        translationProvider: 'apertium',
        translationUrl: apy.url,
        questionLanguage: 'en',
      });
      configureLive(studio, live.sfu, 'guide-show');
      await prepareSampleShow(studio, edition.zone);
      await page.locator('.go-live__start').click();
      await expect(page.locator('.go-live__end')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('.question')).toHaveCount(5);
      // Spanish and Portuguese arrive translated (Apertium, Portuguese through Catalan).
      await expect.poll(() => page.locator('.question__gloss').count()).toBeGreaterThanOrEqual(2);
      await shoot(page, 'studio');
      await shoot(page.locator('[data-dock="questions"]'), 'questions');

      await page.locator('[data-dock="poll"] .dock-controls__button').first().click();
      await expect(page.getByRole('menu')).toBeVisible();
      await shoot(page.locator('[data-dock="poll"]'), 'dock-menu');
      await page.keyboard.press('Escape');

      await nav(page, 1).click();
      await expect(page.getByRole('main')).toContainText('mulberry');
      await shoot(page, 'products');
      await nav(page, 2).click();
      await expect(page.locator('[data-session-id="guide-session"]')).toBeVisible();
      await shoot(page, 'schedule');
      await nav(page, 4).click();
      await shoot(page, 'settings');

      const viewer = await page.context().newPage();
      await viewer.setViewportSize({ width: 420, height: 700 });
      await viewer.goto(`${await services.viewerPage.url()}?market=br&name=João`);
      await expect(viewer.locator('body')).toContainText('R$');
      await expect
        .poll(() => viewer.locator('video').evaluate((v: HTMLVideoElement) => v.videoWidth))
        .toBeGreaterThan(0);
      await shoot(viewer, 'viewer');
      await viewer.close();
    });

    test.describe('reports', () => {
      // Main's clock is the show's: two shows play in seconds, a week apart.
      test.use({ clock: new ShowClock() });
      test(`the reports of two shows (${edition.folder})`, async ({ studio, clock }) => {
        const { page, services, server } = studio;
        if (!clock) throw new Error('the reports need the show clock');
        const call = mainCaller(services, { url: `${server.origin}/index.html`, isMainFrame: true });
        const lastWeek = Date.now() - 8 * 86_400_000;
        await recordSyntheticShow(
          services,
          call,
          clock,
          { hours: 1, viewers: 300, comments: 2500, clicks: 600 },
          lastWeek,
        );
        await recordSyntheticShow(
          services,
          call,
          clock,
          { hours: 2, viewers: 600, comments: 6000, clicks: 1500 },
          lastWeek + 7 * 86_400_000,
        );
        await nav(page, 3).click();
        const report = page.locator('.report');
        const allDrawn = async (): Promise<void> => {
          await expect(page.locator('.report .chart').first()).toBeVisible();
          await expect(page.locator('.report .chart:not([data-drawn])')).toHaveCount(0);
        };
        await allDrawn();
        await shoot(page, 'reports');
        // Each part of the report on its own: the page scrolls, and a picture stops at its edge.
        for (const [index, name] of [
          [1, 'report-questions'],
          [2, 'report-clicks'],
        ] as const) {
          const part = report.locator('section').nth(index);
          await part.scrollIntoViewIfNeeded();
          await shoot(part, name);
        }
        await page.locator('.show-list input[type="checkbox"]').nth(1).check();
        await expect(report).toHaveCount(2);
        await allDrawn();
        await shoot(page.locator('.reports'), 'reports-compare');
      });
    });

    test(`the guided setup (${edition.folder})`, async ({ studio }) => {
      const { page, services } = studio;
      services.settings.update({ setupDone: false, translationUrl: apy.url });
      await page.reload();
      const setup = page.getByRole('dialog');
      await expect(setup).toBeVisible();
      await shoot(page, 'setup-basics');
      const next = setup.locator('button[type="submit"]');
      await next.click();
      await expect
        .poll(() => setup.locator('video').evaluate((v: HTMLVideoElement) => v.videoWidth))
        .toBeGreaterThan(0);
      await shoot(setup, 'setup-devices');
      await next.click();
      await next.click();
      for (const market of ['br', 'mx', 'sa', 'id', 'us-east'] as const)
        await setup.locator('.checkbox-grid input').nth(marketIds.indexOf(market)).check();
      await setup.locator('.coverage button').click();
      await expect(setup.locator('.coverage__result')).toBeVisible();
      await shoot(setup, 'setup-translation');
    });
  });
}
