import { startApy, type Apy } from '../support/apertium/apy';
import type { PlatformFakes } from '../support/platforms/platformFakes';
import { expect, test, type Studio } from './harness/fixtures';

let apy: Apy;
test.beforeAll(async () => {
  apy = await startApy();
});
test.afterAll(() => apy.stop());
test.use({ withPlatforms: true });

const fakesOf = (platforms: PlatformFakes | undefined): PlatformFakes => {
  if (!platforms) throw new Error('withPlatforms is on: the fakes are there');
  return platforms;
};

/** Through Settings, as a host does it: each platform's details, its sign-in, until it reads chat. */
async function connectAll({ page }: Studio, fakes: PlatformFakes) {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const youtube = page.getByRole('region', { name: 'YouTube' });
  await youtube.getByLabel('OAuth client ID').fill(fakes.youtube.clientId);
  await youtube.getByRole('button', { name: 'Sign in' }).click();
  await expect(youtube.locator('.platform-card__status')).toContainText('Reading chat');
  await expect(youtube.locator('.platform-card__status')).toContainText('Silk scarves live');
  await expect(youtube.locator('meter')).toBeVisible();

  const twitch = page.getByRole('region', { name: 'Twitch' });
  await twitch.getByLabel('OAuth client ID').fill(fakes.twitch.clientId);
  await twitch.getByRole('button', { name: 'Sign in' }).click();
  // The device code, for the host to type at twitch.tv/activate on any device.
  await expect(twitch.locator('.platform-card__user-code')).toHaveText('ABCDEFGH');
  fakes.twitch.approveAll();
  await expect(twitch.locator('.platform-card__status')).toContainText('Reading chat', { timeout: 10_000 });
  await expect(twitch.locator('.platform-card__status')).toContainText('silkhouse');
  await expect(twitch.locator('.platform-card__user-code')).toBeHidden();

  const facebook = page.getByRole('region', { name: 'Facebook' });
  await facebook.getByLabel('Page ID').fill(fakes.facebook.pageId);
  await facebook.getByLabel('Page access token').fill(fakes.facebook.pageToken);
  await facebook.getByLabel('Page access token').locator('..').getByRole('button', { name: 'Save' }).click();
  await facebook.getByRole('button', { name: 'Connect' }).click();
  await expect(facebook.locator('.platform-card__status')).toContainText('Reading chat');
  await expect.poll(() => fakes.twitch.subscribed() && fakes.facebook.streaming()).toBe(true);
}

test('the host connects YouTube, Twitch and Facebook, and answers each platform’s question where it was asked', async ({
  studio,
  platforms,
}) => {
  const fakes = fakesOf(platforms);
  const { page, services } = studio;
  services.settings.update({ translationProvider: 'apertium', translationUrl: apy.url });
  await connectAll(studio, fakes);

  await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
  fakes.youtube.say({ channelId: 'UClucia', name: 'Lucía', text: '¿Tienen envío a México?' });
  fakes.twitch.say({ chatterId: '1001', name: 'Olivia', text: 'Do you ship to Leeds?' });
  fakes.facebook.comment({ id: '501', name: 'Jose Cruz' }, 'Is it available in red?');

  const questions = page.getByRole('list', { name: 'Viewer questions' });
  const fromYoutube = questions.getByRole('listitem', { name: '¿Tienen envío a México?' });
  await expect(fromYoutube.getByRole('img', { name: 'YouTube' })).toBeVisible({ timeout: 15_000 });
  await expect(
    questions.getByRole('listitem', { name: 'Do you ship to Leeds?' }).getByRole('img', { name: 'Twitch' }),
  ).toBeVisible();
  await expect(
    questions
      .getByRole('listitem', { name: 'Is it available in red?' })
      .getByRole('img', { name: 'Facebook' }),
  ).toBeVisible();
  await expect(fromYoutube.locator('.question__gloss')).toHaveText(/Mexico/);
  await expect(page.locator('.chat-strip li')).toHaveCount(3);
  await expect(page.locator('.chat-strip')).not.toContainText('Refused');

  // Only Twitch's comments, then all again.
  const all = page.getByRole('list', { name: 'All comments' });
  await page.getByLabel('Comments from').selectOption('twitch');
  await expect(all.getByRole('listitem')).toHaveCount(1);
  await expect(all).toContainText('Olivia');
  await page.getByLabel('Comments from').selectOption('all');
  await expect(all.getByRole('listitem')).toHaveCount(3);

  // The answer goes back to YouTube's chat, in Spanish, naming the asker.
  await fromYoutube.click();
  await fromYoutube.getByRole('button', { name: 'Reply' }).click();
  await fromYoutube.getByLabel('Your answer, in your language').fill('Shipping to Mexico is free this week.');
  await fromYoutube.getByRole('button', { name: 'Send to the asker' }).click();
  await expect(page.getByRole('region', { name: 'Viewer questions' }).getByRole('status')).toHaveText(
    'Answer sent in es.',
  );
  await expect.poll(() => fakes.youtube.state.inserted.length).toBe(1);
  expect(fakes.youtube.state.inserted[0]?.text).toMatch(/^@Lucía .*México/);
  expect(fakes.youtube.state.inserted[0]?.text).not.toContain('Shipping');
  await expect(fromYoutube).toBeHidden();

  // The Twitch answer goes in the question's thread.
  const fromTwitch = questions.getByRole('listitem', { name: 'Do you ship to Leeds?' });
  await fromTwitch.click();
  await fromTwitch.getByRole('button', { name: 'Reply' }).click();
  await fromTwitch.getByLabel('Your answer, in your language').fill('Yes, in five days.');
  await fromTwitch.getByRole('button', { name: 'Send to the asker' }).click();
  await expect.poll(() => fakes.twitch.state.sent.length).toBe(1);
  expect(fakes.twitch.state.sent[0]).toMatchObject({
    message: 'Yes, in five days.',
    reply_parent_message_id: expect.any(String),
  });
});

test('a platform that refuses says why on its card and in the comments panel, and the rest go on', async ({
  studio,
  platforms,
}) => {
  const fakes = fakesOf(platforms);
  const { page } = studio;
  await connectAll(studio, fakes);
  fakes.youtube.state.quotaLeft = 0;
  const youtube = page.getByRole('region', { name: 'YouTube' });
  await expect(youtube.locator('.platform-card__status')).toContainText("Today's YouTube quota is spent", {
    timeout: 10_000,
  });
  await expect(youtube.locator('.platform-card__status')).toContainText('Next try at');

  await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
  await expect(page.locator('.chat-strip li[data-platform="youtube"]')).toContainText('Refused');
  fakes.twitch.say({ chatterId: '1001', name: 'Olivia', text: 'Still there?' });
  await expect(page.getByRole('list', { name: 'All comments' })).toContainText('Still there?');
});

for (const language of ['zh-CN', 'ar'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ system: { languages: [language], timeZone: 'Asia/Shanghai' } });
    test(`the chat platforms and the comments' platforms read in ${language}`, async ({
      studio,
      platforms,
    }, testInfo) => {
      const fakes = fakesOf(platforms);
      const { page } = studio;
      await page.getByRole('navigation').getByRole('button').nth(4).click();
      const youtube = page.locator('[data-platform="youtube"]');
      await youtube.locator('input').first().fill(fakes.youtube.clientId);
      await youtube.locator('[data-action="sign-in"]').click();
      await expect(youtube.locator('.connector-status')).toHaveAttribute('data-state', 'listening');
      const twitch = page.locator('[data-platform="twitch"]');
      await twitch.locator('input').first().fill(fakes.twitch.clientId);
      await twitch.locator('[data-action="sign-in"]').click();
      await expect(twitch.locator('.platform-card__user-code')).toHaveText('ABCDEFGH');
      await page
        .locator('.chat-platforms')
        .screenshot({ path: testInfo.outputPath(`chat-platforms-${language}.png`) });
      fakes.twitch.approveAll();
      await expect(twitch.locator('.connector-status')).toHaveAttribute('data-state', 'listening', {
        timeout: 10_000,
      });
      const dir = await page.locator('html').getAttribute('dir');
      expect(dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.getByRole('navigation').getByRole('button').first().click();
      fakes.youtube.say({ channelId: 'UCana', name: 'Ana', text: 'Is it real silk?' });
      fakes.twitch.say({ chatterId: '1001', name: 'نورة', text: 'هل يوجد ضمان؟' });
      await expect(page.locator('.comments__stream li')).toHaveCount(2, { timeout: 10_000 });
      await page
        .locator('.panel.comments')
        .screenshot({ path: testInfo.outputPath(`comments-${language}.png`) });
    });
  });
}
