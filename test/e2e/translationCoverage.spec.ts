import { startApy, type Apy } from '../support/apertium/apy';
import { expect, test } from './harness/fixtures';

let apy: Apy;
test.beforeAll(async () => {
  apy = await startApy();
});
test.afterAll(() => apy.stop());

test.describe('a host in Shenzhen', () => {
  test.use({ system: { languages: ['zh-CN'], timeZone: 'Asia/Shanghai' } });

  test('learns in Settings, before the first show, that Apertium translates no viewer’s question into Chinese, and what would', async ({
    studio,
  }) => {
    const { page, services } = studio;
    services.settings.update({ translationProvider: 'apertium', translationUrl: apy.url });
    // Warned in the status bar, in words, before any viewer has asked anything.
    const warning = page.getByRole('contentinfo').getByText('没有提问会被翻译成中文：请查看 设置 → 评论翻译');
    await expect(warning).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
    await page.getByRole('button', { name: '检查哪些提问能翻译给你' }).click();
    const result = page.getByRole('status', { name: '检查哪些提问能翻译给你' });
    await expect(result).toContainText('这些语言的提问会翻译成中文：无。');
    await expect(result).toContainText(/将按原文显示、不翻译：.*西班牙语.*葡萄牙语/);
    await expect(result).toContainText('DeepL');

    // An English host with the same service: Spanish questions arrive translated, and Brazilian and
    // French ones through Catalan.
    services.settings.update({ language: 'en' });
    await page.getByRole('button', { name: 'Check which questions reach you translated' }).click();
    await expect(
      page.getByRole('status', { name: 'Check which questions reach you translated' }),
    ).toContainText('Questions in these languages reach you in English: Spanish, Portuguese, and French.');
    await expect(page.getByRole('contentinfo')).not.toContainText('No question will be translated');
  });
});
