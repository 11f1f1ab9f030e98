import { expect, test } from './harness/fixtures';

test('the host runs the question queue from the keyboard, and "?" lists every key', async ({ studio }) => {
  const { page, services } = studio;
  services.settings.update({ translationProvider: 'off' });
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('question');
  for (const [author, text] of [
    ['Ann', 'Does it ship to Texas?'],
    ['Bob', 'Is there a warranty?'],
  ] as const) {
    services.comments.ingest({
      source: 'livekit',
      authorId: author,
      authorName: author,
      text,
      language: 'en',
    });
  }
  const queue = page.getByRole('list', { name: 'Viewer questions' });
  const texas = queue.getByRole('listitem', { name: 'Does it ship to Texas?' });
  const warranty = queue.getByRole('listitem', { name: 'Is there a warranty?' });
  await expect(queue.getByRole('listitem')).toHaveCount(2);
  await page.locator('body').click({ position: { x: 5, y: 400 } }); // nothing focused that takes keys
  // The first question is the keys' target; J moves down, K back up.
  const first = (await texas.getAttribute('aria-current')) ? texas : warranty;
  const second = first === texas ? warranty : texas;
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('j');
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(first).not.toHaveAttribute('aria-current');
  // S puts it on screen, A marks it answered (it leaves the queue).
  await page.keyboard.press('s');
  await expect(second.getByRole('button', { name: 'Take off screen' })).toBeVisible();
  await expect(page.locator('.on-air')).toContainText((await second.getAttribute('aria-label')) ?? '');
  await page.keyboard.press('a');
  await expect(second).toBeHidden();
  // R opens the reply to the one left, ready to type.
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('r');
  await expect(first.getByLabel('Your answer, in your language')).toBeFocused();
  await page.keyboard.type('Yes, within two days.');
  await expect(first.getByLabel('Your answer, in your language')).toHaveValue('Yes, within two days.');

  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Reply to the question');
  await expect(help).toContainText('Fade preview to program');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
