import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { OBSWebSocket } from 'obs-websocket-js';
import { launchObs, obsAvailable, type ObsStudio } from '../support/obs/obsStudio';
import { expect, test } from './harness/fixtures';

const password = 'warehouse-cam-9';
/** Numbers and names inside messages sit in Unicode bidi isolates (so they read right in Arabic). */
const connected = /^Connected \(obs-websocket \u2068?5\.1\.0\u2069?\)\.$/;

test.describe('OBS Studio, driven from the studio UI', () => {
  test.skip(!obsAvailable(), 'OBS Studio and Xvfb are not installed (`bash .ci/run` installs them)');

  let obs: ObsStudio;
  let probe: OBSWebSocket;
  test.beforeAll(async () => {
    obs = await launchObs({ password });
  });
  test.afterAll(async () => {
    await obs.dispose();
  });
  test.beforeEach(async () => {
    // OBS's own view, from a second client, to check what the studio made OBS do.
    probe = new OBSWebSocket();
    await probe.connect(obs.url, password);
    await probe.call('SetStudioModeEnabled', { studioModeEnabled: false });
    await probe.call('SetCurrentProgramScene', { sceneName: 'Factory' });
  });
  test.afterEach(async () => {
    await probe.disconnect();
  });

  /** Enters the OBS address and password in Settings, as a producer does. */
  async function configure(page: Page, secret: string): Promise<void> {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: /Control OBS Studio/ }).check();
    await page.getByLabel('OBS WebSocket address').fill(obs.url);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Settings saved.');
    await page.getByLabel('OBS WebSocket password').fill(secret);
    await page.getByRole('group', { name: 'OBS Studio' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
  }

  const obsPanel = (page: Page) => page.getByRole('region', { name: 'OBS Studio' });

  /** Settings, then "Connect to OBS" in the studio, until it says connected; returns the OBS panel. */
  async function connectFromUi(page: Page) {
    await configure(page, password);
    const panel = obsPanel(page);
    await panel.getByRole('button', { name: 'Connect to OBS' }).click();
    await expect(panel.getByRole('status')).toHaveText(connected);
    return panel;
  }
  const program = async (): Promise<string> =>
    (await probe.call('GetCurrentProgramScene')).currentProgramSceneName;

  test('connects, lists OBS scenes, and switches them by button, quick button and hotkey', async ({
    studio,
  }) => {
    const { page } = studio;
    const panel = await connectFromUi(page);
    const scenes = panel.getByRole('list', { name: 'OBS scenes' });
    await expect(scenes.getByRole('listitem')).toHaveText([/^Factory/, /^Warehouse/, /^Close-up/]);

    await panel.getByRole('button', { name: 'Send Warehouse to program' }).click();
    await expect.poll(program).toBe('Warehouse');
    await expect(scenes.getByRole('listitem').filter({ hasText: 'Warehouse' })).toContainText('Program');

    await panel.getByRole('button', { name: 'Pin Close-up' }).click();
    const quick = panel.getByRole('group', { name: 'Pinned OBS scenes' });
    await expect(quick.getByRole('button', { name: /Close-up/ })).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+1');
    await expect.poll(program).toBe('Close-up');

    // Studio mode: preview first, then the transition.
    const studioMode = panel.getByRole('button', { name: 'Studio mode (preview, then transition)' });
    await studioMode.click();
    await expect(studioMode).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await probe.call('GetStudioModeEnabled')).studioModeEnabled).toBe(true);
    await panel.getByRole('button', { name: 'Send Factory to preview' }).click();
    await expect
      .poll(async () => (await probe.call('GetCurrentPreviewScene')).currentPreviewSceneName)
      .toBe('Factory');
    await panel.getByRole('button', { name: 'Transition', exact: true }).click();
    await expect.poll(program, { timeout: 5000 }).toBe('Factory');

    // The status bar shows OBS's own figures.
    await expect(page.getByRole('contentinfo').getByLabel('OBS statistics')).toContainText(/\d+(\.\d)? fps/);
  });

  test('a wrong password is explained in words, and nothing retries', async ({ studio }) => {
    const { page } = studio;
    await configure(page, 'guess');
    const panel = obsPanel(page);
    await panel.getByRole('button', { name: 'Connect to OBS' }).click();
    await expect(panel.getByRole('status')).toHaveText('Could not connect.');
    await expect(panel.getByText('OBS refused the password.', { exact: false })).toBeVisible();
    expect(studio.services.obs.state()).toMatchObject({ status: 'failed', attempt: 0 });
  });

  test('records from the studio and shows the finished file', async ({ studio }) => {
    const { page } = studio;
    const panel = await connectFromUi(page);
    await panel.getByRole('button', { name: 'Start OBS recording' }).click();
    await expect(panel.getByText('Recording: on')).toBeVisible();
    await expect(page.getByRole('contentinfo').getByLabel('OBS statistics')).toContainText(
      /rec \u2068?00:00:\d\d/,
    );
    await panel.getByRole('button', { name: 'Stop OBS recording' }).click();
    await expect(panel.getByText('Recording: off')).toBeVisible();
    const last = panel.getByText(/^Last recording: /);
    await expect(last).toBeVisible();
    const file = (await last.textContent())?.replace('Last recording: ', '') ?? '';
    expect(file.startsWith(obs.recordDir)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  test('a studio scene linked to an OBS scene switches OBS when the studio takes it to air', async ({
    studio,
  }) => {
    const { page } = studio;
    const panel = await connectFromUi(page);
    await page.getByRole('button', { name: 'Add scene' }).click();
    await panel.getByLabel('OBS scene for Scene 2').selectOption('Warehouse');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(program).toBe('Warehouse');
  });

  test('OBS killed and started again: the studio reconnects and reads the new scene list by itself', async ({
    studio,
  }) => {
    const { page } = studio;
    const panel = await connectFromUi(page);

    await probe.disconnect();
    await obs.kill();
    await expect(panel.getByRole('status')).toContainText('Link lost; reconnecting');
    await expect(page.getByRole('contentinfo')).toContainText('OBS reconnecting');
    await obs.start();
    await expect(panel.getByRole('status')).toHaveText(connected, {
      timeout: 15_000,
    });

    probe = new OBSWebSocket();
    await probe.connect(obs.url, password);
    await probe.call('CreateScene', { sceneName: 'Loading dock' });
    await expect(panel.getByRole('list', { name: 'OBS scenes' })).toContainText('Loading dock');
    await probe.call('RemoveScene', { sceneName: 'Loading dock' });
  });
});

test.describe('OBS Studio without a password', () => {
  test.skip(!obsAvailable(), 'OBS Studio and Xvfb are not installed (`bash .ci/run` installs them)');

  test('connects from the UI with no password stored', async ({ studio }) => {
    const obs = await launchObs();
    try {
      const { page } = studio;
      await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('checkbox', { name: /Control OBS Studio/ }).check();
      await page.getByLabel('OBS WebSocket address').fill(obs.url);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('navigation').getByRole('button', { name: 'Studio' }).click();
      const panel = page.getByRole('region', { name: 'OBS Studio' });
      await panel.getByRole('button', { name: 'Connect to OBS' }).click();
      await expect(panel.getByRole('status')).toHaveText(connected);
    } finally {
      await obs.dispose();
    }
  });
});
