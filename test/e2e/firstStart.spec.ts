import { storedSetting } from '../support/sqlite';
import { expect, test } from './harness/fixtures';

test.describe('first start on an Arabic system', () => {
  test.use({ system: { languages: ['ar-SA', 'en-US'], timeZone: 'Asia/Riyadh' } });

  test('opens in Arabic, right to left, in the system time zone', async ({ studio }) => {
    const { page } = studio;
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('استوديو CrossLive');
    await expect(page.getByRole('contentinfo')).toContainText('Asia/Riyadh');
    expect(storedSetting(studio.dataDir, 'language')).toBe('ar');
  });

  test('keeps the language chosen on first start after the system changes', async ({ studio }) => {
    await studio.restart({ languages: ['id-ID'], timeZone: 'Asia/Jakarta' });
    await expect(studio.page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(studio.page.getByRole('contentinfo')).toContainText('Asia/Riyadh');
  });
});

test.describe('first start on a Brazilian system', () => {
  test.use({ system: { languages: ['pt-BR'], timeZone: 'America/Sao_Paulo' } });

  test('opens in Portuguese', async ({ studio }) => {
    await expect(studio.page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(
      studio.page.getByRole('navigation').getByRole('button', { name: 'Configurações' }),
    ).toBeVisible();
  });
});
