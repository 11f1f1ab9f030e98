import { fakeScreenSources } from '../support/fakeScreenSources';
import { expect, test } from './harness/fixtures';
import { isBlack, programPixel } from './support/pixels';

test.describe('with the OS listing screens and windows', () => {
  test.use({ screenSources: fakeScreenSources() });

  test('the studio picker shows thumbnails and shares the window picked', async ({ studio }) => {
    const { page } = studio;
    await page.getByRole('combobox', { name: 'Add source' }).selectOption('screen');
    const picker = page.getByRole('dialog', { name: 'Share a screen or window' });
    await expect(picker.getByRole('heading', { name: 'Screens' })).toBeVisible();
    await expect(picker.getByRole('button', { name: 'Entire screen' }).locator('img')).toBeVisible();
    await picker.getByRole('button', { name: 'Warehouse monitor' }).click();
    await expect(picker).toBeHidden();

    await expect(page.getByRole('list', { name: 'Sources' })).toContainText('Warehouse monitor');
    // Main holds the pick for the capture request; the picture is the capture.
    expect(studio.services.screen.takeChoice()).toBe('window:42:0');
    await expect
      .poll(async () => !isBlack(await programPixel(page, 960, 540)), { timeout: 10_000 })
      .toBe(true);
  });

  test('cancelling the picker adds nothing', async ({ studio }) => {
    const { page } = studio;
    await page.getByRole('combobox', { name: 'Add source' }).selectOption('screen');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText('No sources in this scene yet.')).toBeVisible();
  });
});

test.describe('on a Mac that has not allowed screen recording', () => {
  const provider = fakeScreenSources('denied');
  test.use({ screenSources: provider });

  test('the picker explains where to allow it and opens that setting', async ({ studio }) => {
    const { page } = studio;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pt-BR');
    await page.getByRole('combobox', { name: 'Adicionar fonte' }).selectOption('screen');
    const picker = page.getByRole('dialog');
    await expect(picker.getByRole('alert')).toContainText('Gravação de Tela');
    await picker.getByRole('button', { name: 'Abrir Ajustes do Sistema' }).click();
    await expect.poll(() => provider.settingsOpened).toBe(1);
  });
});
