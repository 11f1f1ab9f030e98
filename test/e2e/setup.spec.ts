import { startApy, type Apy } from '../support/apertium/apy';
import { storedSetting } from '../support/sqlite';
import { useTestSfu } from './support/live';
import { expect, test } from './harness/fixtures';

const live = useTestSfu();
let apy: Apy;
test.beforeAll(async () => {
  apy = await startApy();
});
test.afterAll(() => apy.stop());

test.describe('a new host in Shenzhen, on the studio’s first start', () => {
  test.use({ setUp: false, system: { languages: ['zh-CN'], timeZone: 'Asia/Shanghai' } });

  test('follows the setup and knows, before the first show, whose questions will reach them translated and why', async ({
    studio,
  }) => {
    const { page } = studio;
    const setup = page.getByRole('dialog', { name: '设置工作室' });
    await expect(setup).toBeVisible();
    const next = setup.getByRole('button', { name: '保存并继续' });

    // 1. Language, name and clock, prefilled from the system.
    await expect(setup.getByLabel('你的时区')).toHaveValue('Asia/Shanghai');
    await setup.getByLabel('向观众显示的主播名称').fill('李娜');
    await next.click();

    // 2. Camera and microphone: a live picture, permission in words, and into the first scene.
    await expect(setup.getByRole('heading', { name: '摄像头和麦克风' })).toBeVisible();
    await expect(setup.getByRole('status', { name: '摄像头' })).toHaveText('摄像头：已允许');
    await expect(setup.getByRole('status', { name: '麦克风' })).toHaveText('麦克风：已允许');
    await expect
      .poll(() => setup.getByLabel('摄像头预览').evaluate((video: HTMLVideoElement) => video.videoWidth))
      .toBeGreaterThan(0);
    await expect(
      setup.getByRole('checkbox', { name: '把这个摄像头和麦克风放进我的第一个场景' }),
    ).toBeChecked();
    await next.click();

    // 3. Where the show goes: the test works on what was just typed (it is saved first).
    await setup.getByLabel('服务器地址').fill(live.sfu.url);
    await setup.getByLabel('API 密钥 ID').fill(live.apiKey);
    await setup.getByLabel('API 密钥', { exact: true }).fill(live.apiSecret);
    await setup.getByRole('button', { name: '保存', exact: true }).click();
    await setup.getByRole('button', { name: '测试连接' }).click();
    await expect(setup.getByRole('status').filter({ hasText: '已连接到' })).toBeVisible();
    await next.click();

    // 4. Translation: the markets sold to, and the service's own answer about them.
    for (const market of ['巴西', '墨西哥', '沙特阿拉伯', '印度尼西亚', '美国（东部）'])
      await setup.getByRole('checkbox', { name: market, exact: true }).check();
    await setup.getByLabel('服务地址').fill(apy.url);
    await setup.getByRole('button', { name: '检查哪些提问能翻译给你' }).click();
    const result = setup.getByRole('status', { name: '检查哪些提问能翻译给你' });
    await expect(result).toContainText('来自这些市场的提问会翻译成中文：无。');
    await expect(result).toContainText(
      /将按原文显示、不翻译：来自.*巴西.*墨西哥.*沙特阿拉伯.*印度尼西亚.*美国（东部）.*的提问/,
    );
    await expect(result).toContainText('DeepL');
    // A host who reads English has questions in English: Spanish, and Portuguese through Catalan.
    await setup.getByLabel('提问和回复使用的语言').selectOption('en');
    await setup.getByRole('button', { name: '检查哪些提问能翻译给你' }).click();
    await expect(result).toContainText(/来自这些市场的提问会翻译成英语：巴西和墨西哥。/);
    await expect(result).toContainText('已经是你的语言，无需翻译：美国（东部）。');
    await expect(result).toContainText('将按原文显示、不翻译：来自沙特阿拉伯和印度尼西亚的提问。');
    await next.click();

    // 5. OBS, not used: its dock stays out of the studio.
    await expect(setup.getByRole('checkbox', { name: /OBS Studio/ })).not.toBeChecked();
    await next.click();

    // 6. Said once more before the show, then the studio.
    await expect(setup.getByRole('heading', { name: '第一场直播准备就绪' })).toBeVisible();
    await expect(setup.getByRole('status', { name: '检查哪些提问能翻译给你' })).toContainText(
      '将按原文显示、不翻译：来自沙特阿拉伯和印度尼西亚的提问。',
    );
    await setup.getByRole('button', { name: '进入工作室' }).click();
    await expect(setup).toBeHidden();
    await expect(page.getByRole('region', { name: '来源' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'OBS Studio' })).toHaveCount(0);

    expect(storedSetting(studio.dataDir, 'hostDisplayName')).toBe('李娜');
    expect(storedSetting(studio.dataDir, 'viewerMarkets')).toEqual(['br', 'mx', 'sa', 'id', 'us-east']);
    expect(storedSetting(studio.dataDir, 'questionLanguage')).toBe('en');
    expect(storedSetting(studio.dataDir, 'setupDone')).toBe(true);
    expect(storedSetting(studio.dataDir, 'livekitUrl')).toBe(live.sfu.url);
    await studio.restart();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('can be skipped, keeps what was saved, and opens again from Settings', async ({ studio }) => {
    const { page } = studio;
    const setup = page.getByRole('dialog', { name: '设置工作室' });
    await setup.getByLabel('向观众显示的主播名称').fill('王强');
    await setup.getByRole('button', { name: '保存并继续' }).click();
    await setup.getByRole('button', { name: '跳过设置' }).click();
    await expect(setup).toBeHidden();
    expect(storedSetting(studio.dataDir, 'hostDisplayName')).toBe('王强');

    await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
    await page.getByRole('button', { name: '重新运行设置向导' }).click();
    await expect(setup).toBeVisible();
    await expect(setup.getByLabel('向观众显示的主播名称')).toHaveValue('王强');
    // Escape skips too.
    await page.keyboard.press('Escape');
    await expect(setup).toBeHidden();
  });
});
