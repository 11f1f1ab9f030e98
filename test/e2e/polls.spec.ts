import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { configureLive, goLive, useTestSfu } from './support/live';

const live = useTestSfu();

test('viewers vote in the host’s poll from their pages; the counts update on screen, in the studio and for viewers', async ({
  studio,
  browser,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'poll-show');
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('poll');
  await goLive(studio);

  const pollPanel = page.getByRole('region', { name: 'Poll' });
  await pollPanel.getByLabel('Question').fill('Which colour next?');
  await pollPanel.getByLabel('Options, one per line (2 to 6)').fill('Red\nBlue\nGreen');
  await pollPanel.getByRole('button', { name: 'Start poll' }).click();

  const url = await services.viewerPage.url();
  const voters: Page[] = [];
  for (const [market, colour] of [
    ['us-east', 'Blue'],
    ['mx', 'Blue'],
    ['br', 'Red'],
  ] as const) {
    // Each voter in a browser of their own: one browser is one viewer (and one vote).
    const viewer = await (await browser.newContext()).newPage();
    await viewer.goto(`${url}?market=${market}`);
    const poll = viewer.getByRole('group', { name: 'Which colour next?' });
    await poll.getByRole('button', { name: colour }).click();
    await expect(poll.getByRole('button', { name: colour })).toHaveAttribute('aria-pressed', 'true');
    voters.push(viewer);
  }

  const results = pollPanel.getByRole('list', { name: 'Poll results' });
  await expect(results).toContainText('Red: 1 votes', { timeout: 15_000 });
  await expect(results).toContainText('Blue: 2 votes');
  await expect(results).toContainText('Green: 0 votes');
  // On the program: the question and each option's share.
  await expect(page.locator('.on-air')).toContainText(
    /Which colour next\?.*Red · 33%.*Blue · 67%.*Green · 0%/,
  );
  // And on every viewer page, in its language.
  const [us, mx, br] = voters as [Page, Page, Page];
  await expect(us.getByRole('group', { name: 'Which colour next?' })).toContainText('2 votes');
  await expect(mx.getByRole('group', { name: 'Which colour next?' })).toContainText('2 votos');

  // Closed: no more votes count, and the pages say so.
  await pollPanel.getByRole('button', { name: 'Close poll' }).click();
  await expect(br.getByText('Enquete encerrada')).toBeVisible();
  const votes = services.db.prepare('SELECT COUNT(*) FROM poll_votes').pluck().get();
  expect(votes).toBe(3);
  await Promise.all(voters.map((voter) => voter.context().close()));
});
