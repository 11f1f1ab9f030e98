import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { ScreenSourceProvider } from '../../../src/main/services/capture/screenCapture';
import type { SystemPreferences } from '../../../src/main/services/settings/settingsService';
import { buildServices } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';
import { startRendererServer, type RendererServer } from './rendererServer';
import { installStudioBridge, type BridgeCall } from './studioBridge';

const rendererDir = join(import.meta.dirname, '../../../out/renderer');

export interface Studio {
  page: Page;
  services: ReturnType<typeof buildServices>;
  dataDir: string;
  /** Every IPC call the page made, with main's answer. */
  calls: BridgeCall[];
  /** Quits main's services and starts them again on the same data, then reloads: an app restart. */
  restart(system?: SystemPreferences): Promise<void>;
}

interface Options {
  system: SystemPreferences;
  /** What main's screen picker gets from the OS (Electron's desktopCapturer in the app). */
  screenSources: ScreenSourceProvider | undefined;
}

export const test = base.extend<Options & { studio: Studio }, { rendererServer: RendererServer }>({
  system: [{ languages: ['en-US'], timeZone: 'Europe/Madrid' }, { option: true }],
  screenSources: [undefined, { option: true }],

  rendererServer: [
    // Playwright requires the destructuring pattern even when no fixture is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startRendererServer(rendererDir);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  studio: async ({ page, rendererServer, system, screenSources }, use) => {
    const dir = makeTempDir('crosslive-e2e-');
    const start = (preferences: SystemPreferences) =>
      buildServices(dir.path, { system: preferences, origin: rendererServer.origin, screenSources });
    let services = start(system);
    const calls: BridgeCall[] = [];
    const bridge = await installStudioBridge(page, () => services.router, calls);
    const follow = () => {
      services.events.connect((event, payload) => bridge.emit(event, payload));
      services.start();
    };
    follow();

    const open = async () => {
      await page.goto(`${rendererServer.origin}/index.html`);
      await expect(page.getByRole('contentinfo')).toBeVisible();
    };
    await open();

    await use({
      page,
      get services() {
        return services;
      },
      dataDir: dir.path,
      calls,
      restart: async (preferences = system) => {
        services.close();
        services = start(preferences);
        follow();
        await open();
      },
    });
    services.close();
    dir.remove();
  },
});

export { expect };
