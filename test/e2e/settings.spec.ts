import { storedSecret, storedSetting } from '../support/sqlite';
import { expect, test } from './harness/fixtures';

test.beforeEach(async ({ studio }) => {
  await studio.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
});

test('saves changed settings to SQLite and applies them at once', async ({ studio }) => {
  const { page } = studio;
  await page.getByLabel('Host name shown to viewers').fill('Mei · Guangzhou Factory Direct');
  await page.getByLabel('Output resolution').selectOption('1280x720');
  await page.getByLabel('Your time zone').fill('Asia/Shanghai');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Settings saved.');

  expect(storedSetting(studio.dataDir, 'hostDisplayName')).toBe('Mei · Guangzhou Factory Direct');
  expect(storedSetting(studio.dataDir, 'outputResolution')).toBe('1280x720');
  expect(storedSetting(studio.dataDir, 'hostTimeZone')).toBe('Asia/Shanghai');
  await expect(page.getByRole('contentinfo')).toContainText('1280 × 720');
  await expect(page.getByRole('contentinfo')).toContainText('Asia/Shanghai');

  await studio.restart();
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Host name shown to viewers')).toHaveValue('Mei · Guangzhou Factory Direct');
});

test('explains a bad value in the user language and writes nothing', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('combobox', { name: 'Language' }).first().selectOption('es');
  await page.getByLabel('URL del servidor').fill('https://live.example.com');
  await expect(page.getByText('Escribe una dirección que empiece por ws:// o wss://.')).toBeVisible();
  await expect(page.getByLabel('URL del servidor')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Guardar ajustes' })).toBeDisabled();
  await page.getByLabel('Tu zona horaria').fill('Europe/Atlantis');
  await expect(
    page.getByText('Elige una zona horaria de la lista, por ejemplo Europe/Madrid.'),
  ).toBeVisible();
  expect(storedSetting(studio.dataDir, 'livekitUrl')).toBeUndefined();

  await page.getByLabel('URL del servidor').fill('wss://live.example.com');
  await page.getByLabel('Tu zona horaria').fill('America/Mexico_City');
  await page.getByRole('button', { name: 'Guardar ajustes' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Ajustes guardados.');
  expect(storedSetting(studio.dataDir, 'livekitUrl')).toBe('wss://live.example.com');
});

test('explains a storage failure in the user language and keeps the edit for a retry', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('combobox', { name: 'Language' }).first().selectOption('id');
  // The disk turns read-only under a running studio.
  studio.services.db.pragma('query_only = ON');
  await page.getByLabel('Nama host yang dilihat penonton').fill('Toko Batik Solo');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Studio tidak dapat membaca atau menulis datanya di komputer ini.',
  );
  expect(storedSetting(studio.dataDir, 'hostDisplayName')).toBeUndefined();

  studio.services.db.pragma('query_only = OFF');
  await expect(page.getByLabel('Nama host yang dilihat penonton')).toHaveValue('Toko Batik Solo');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Pengaturan disimpan.');
  expect(storedSetting(studio.dataDir, 'hostDisplayName')).toBe('Toko Batik Solo');
});

test('main refuses a value the page did not check', async ({ studio }) => {
  // Main is the authority even when a page skips its own validation.
  const result = await studio.page.evaluate(() =>
    window.studio.invoke('settings:update', { outputFps: 24 as 30 }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  expect(storedSetting(studio.dataDir, 'outputFps')).toBeUndefined();
});

test('stores an API secret that never comes back to the page', async ({ studio }) => {
  const { page } = studio;
  const secret = 'lk_secret_9d8c7b6a5f4e3d2c1b0a';
  const field = page.getByLabel('API secret', { exact: true });
  await expect(page.getByText('Not set').first()).toBeVisible();
  await field.fill(secret);
  await field.locator('xpath=..').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-secret-status="stored"]')).toHaveText('Stored securely');
  await expect(field).toHaveValue('');

  const row = storedSecret(studio.dataDir, 'livekitApiSecret');
  expect(row?.encrypted).toBe(1);
  expect(row?.value.toString('latin1')).not.toContain(secret);
  expect(studio.services.secrets.get('livekitApiSecret')).toBe(secret);
  // Main's answers to the page, across every call it made, never carry the value.
  expect(studio.calls.length).toBeGreaterThan(0);
  expect(JSON.stringify(studio.calls.map((c) => c.result))).not.toContain(secret);

  await field.locator('xpath=..').getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('[data-secret-status]').first()).toHaveText('Not set');
  expect(storedSecret(studio.dataDir, 'livekitApiSecret')).toBeUndefined();
});

test('previews numbers, prices and dates in the chosen language', async ({ studio }) => {
  const { page } = studio;
  const preview = page.getByTestId('format-preview');
  await expect(preview).toContainText('1,234,567.89');
  await expect(preview).toContainText('$1,299.50');
  await page.getByRole('combobox', { name: 'Language' }).first().selectOption('pt-BR');
  await expect(preview).toContainText('1.234.567,89');
  await expect(preview).toContainText('US$ 1.299,50');
});

for (const cores of [2, 8]) {
  test(`says where 1920 × 1080 costs a computer with ${cores} cores its frame rate`, async ({ studio }) => {
    const { page } = studio;
    await page.addInitScript(
      (n) => Object.defineProperty(navigator, 'hardwareConcurrency', { value: n }),
      cores,
    );
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const resolution = page.getByLabel('Output resolution');
    await expect(resolution).toHaveValue('1920x1080');
    // The sizes sit in bidi isolates, so that they read 1920 × 1080 in Arabic too.
    const hint = `This computer has ${cores} processor cores: at \u20681920 × 1080\u2069 the show may drop frames; \u20681280 × 720\u2069 keeps 30 fps.`;
    if (cores > 2) {
      await expect(page.getByText('processor cores')).toHaveCount(0);
      return;
    }
    await expect(resolution).toHaveAccessibleDescription(hint);
    await resolution.selectOption('1280x720');
    await expect(page.getByText('processor cores')).toHaveCount(0);
  });
}
