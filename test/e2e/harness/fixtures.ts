import { test as base, expect, type Page } from '@playwright/test';
import type { ScreenSourceProvider } from '../../../src/main/services/capture/screenCapture';
import type { SystemPreferences } from '../../../src/main/services/settings/settingsService';
import type { IpcResult } from '../../../src/shared/ipc/result';
import { buildServices } from '../../support/services';
import type { ShowClock } from '../../support/syntheticShow';
import { makeTempDir } from '../../support/tempDir';
import { startStudioServer, type StudioServer } from './studioServer';
import { startPlatformFakes, type PlatformFakes } from '../../support/platforms/platformFakes';

/** One IPC call as the page made it and as main answered it. */
export interface BridgeCall {
  channel: string;
  payload: unknown;
  result: IpcResult<unknown>;
}

export interface Studio {
  page: Page;
  services: ReturnType<typeof buildServices>;
  dataDir: string;
  /** The browser studio the page is connected to: its origin and the address with the token. */
  server: StudioServer;
  /** Every IPC call the page made, with main's answer. */
  calls: BridgeCall[];
  /** Quits main's services and starts them again on the same data, then reloads: an app restart. */
  restart(system?: SystemPreferences): Promise<void>;
}

interface Options {
  system: SystemPreferences;
  /** What main's screen picker gets from the OS (Electron's desktopCapturer in the app). */
  screenSources: ScreenSourceProvider | undefined;
  /** False: the studio's very first start, with the guided setup open. */
  setUp: boolean;
  /** Main's clock, for a test that plays a show faster than it happens; else the real one. */
  clock: ShowClock | undefined;
  /** Start local fakes of YouTube's, Twitch's and Facebook's APIs and point main at them. */
  withPlatforms: boolean;
}

/**
 * Each test gets the browser studio as users run it (src/main/browserStudio): the
 * built renderer and `window.studio` over the authenticated WebSocket, onto the real
 * main services over a real SQLite file.
 */
export const test = base.extend<Options & { studio: Studio; platforms: PlatformFakes | undefined }>({
  system: [{ languages: ['en-US'], timeZone: 'Europe/Madrid' }, { option: true }],
  screenSources: [undefined, { option: true }],
  setUp: [true, { option: true }],
  clock: [undefined, { option: true }],
  withPlatforms: [false, { option: true }],

  platforms: async ({ withPlatforms }, use) => {
    if (!withPlatforms) return use(undefined);
    const fakes = await startPlatformFakes();
    await use(fakes);
    await fakes.close();
  },

  studio: async ({ page, system, screenSources, setUp, clock, platforms }, use) => {
    const dir = makeTempDir('crosslive-e2e-');
    const calls: BridgeCall[] = [];
    const server = await startStudioServer({ observe: (call) => calls.push(call) });
    const start = (preferences: SystemPreferences) => {
      const services = buildServices(dir.path, {
        system: preferences,
        origin: server.origin,
        screenSources,
        setUp,
        now: clock?.now,
        chatEndpoints: platforms?.endpoints,
        // The host's browser, for YouTube's consent page: it approves and comes back at once.
        openExternal: platforms ? (url) => platforms.openBrowser(url) : undefined,
      });
      server.serve(services);
      return services;
    };
    let services = start(system);

    const open = async () => {
      // From a blank page: the studio's own address differs from the page's only in its fragment
      // (the token is wiped from it), which a browser takes as a move within the same document.
      await page.goto('about:blank');
      await page.goto(server.url);
      await expect(page.getByRole('contentinfo')).toBeVisible();
    };
    await open();

    await use({
      page,
      get services() {
        return services;
      },
      dataDir: dir.path,
      server,
      calls,
      restart: async (preferences = system) => {
        services.close();
        services = start(preferences);
        await open();
      },
    });
    await page.close();
    services.close();
    await server.close();
    dir.remove();
  },
});

export { expect };
