import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uiLanguages } from '../../src/shared/i18n/languages';
import { storedSetting } from '../support/sqlite';
import { expect, test } from './harness/fixtures';

const localeTitle = (code: string): string =>
  (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../locales', code, 'translation.json'), 'utf8'),
    ) as {
      app: { title: string };
    }
  ).app.title;

test('opens the studio: sources, preview and program, comments, status bar', async ({ studio }) => {
  const { page } = studio;
  await expect(page.getByRole('heading', { level: 1, name: 'CrossLive Studio' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Docks, first column' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview and program' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Docks, second column' })).toBeVisible();
  const status = page.getByRole('contentinfo');
  await expect(status).toContainText('Offline');
  await expect(status).toContainText('1920 × 1080');
  await expect(status).toContainText('30 fps');
  await expect(status).toContainText('Europe/Madrid');
  await expect(status).toContainText('0.0.0-test');
});

test('moves between the studio and settings', async ({ studio }) => {
  const nav = studio.page.getByRole('navigation', { name: 'Main' });
  const { page } = studio;
  await nav.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('button', { name: 'Studio' }).click();
  await expect(page.getByRole('region', { name: 'Preview and program' })).toBeVisible();
});

test('switches to Arabic: right-to-left layout, remembered in SQLite and after a restart', async ({
  studio,
}) => {
  const { page } = studio;
  const sources = page.getByRole('complementary').first();
  const before = await sources.boundingBox();
  expect(before?.x).toBeLessThan(100);

  await page.getByRole('button', { name: 'Add scene' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The switch relabels the UI and nothing else: the show's scenes stay as they were.
  await expect(page.getByRole('list', { name: 'المشاهد' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('استوديو CrossLive');
  await expect(page.getByRole('contentinfo')).toContainText('غير متصل');
  // The columns mirror: scenes and sources now stand at the right edge.
  const after = await page.getByRole('complementary', { name: 'الألواح، العمود الأول' }).boundingBox();
  expect(after && after.x + after.width).toBeGreaterThan(1440 - 10);

  expect(storedSetting(studio.dataDir, 'language')).toBe('ar');
  await studio.restart({ languages: ['en-US'], timeZone: 'Europe/Madrid' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'الإعدادات' })).toBeVisible();
});

test('speaks every UI language it offers', async ({ studio }) => {
  const { page } = studio;
  const menu = page.getByRole('combobox').first();
  for (const language of uiLanguages) {
    await menu.selectOption(language.code);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.locator('html')).toHaveAttribute('dir', language.direction);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeTitle(language.code));
  }
});
