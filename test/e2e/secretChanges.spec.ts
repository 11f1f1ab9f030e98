import { fakeService } from '../support/fakeService';
import { expect, test } from './harness/fixtures';

test('a translation key saved in Settings lifts the status bar’s warning at once, with no other change', async ({
  studio,
}) => {
  const { page, services } = studio;
  // DeepL's language lists (https://developers.deepl.com/api-reference/languages), and its 403 for a
  // missing or wrong key (https://developers.deepl.com/docs/best-practices/error-handling).
  const deepl = await fakeService(({ path, headers }) =>
    headers.authorization !== 'DeepL-Auth-Key host-key:fx'
      ? { status: 403, json: { message: 'Wrong endpoint. Use https://api.deepl.com' } }
      : {
          json: path.includes('type=source')
            ? [{ language: 'ES' }, { language: 'PT' }, { language: 'ZH' }]
            : [{ language: 'EN-US' }, { language: 'ZH-HANS' }],
        },
  );
  try {
    services.settings.update({ translationProvider: 'deepl', translationUrl: deepl.url });
    const warning = page.getByRole('contentinfo').getByText(/No question will be translated into English/);
    await expect(warning).toBeVisible();

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const translation = page.getByRole('group', { name: 'Comment translation' });
    await page.getByLabel('Translation API key').fill('host-key:fx');
    await translation.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(translation).toContainText('Stored securely');
    await expect(warning).toBeHidden();
    expect(deepl.seen.some((s) => s.headers.authorization === 'DeepL-Auth-Key host-key:fx')).toBe(true);

    // And back: the key removed, the warning returns.
    await translation.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(warning).toBeVisible();
  } finally {
    deepl.close();
  }
});
