import { availableParallelism } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/e2e/harness/chromium';
import { startStudioServer, type StudioServer } from '../../test/e2e/harness/studioServer';
import { buildServices } from '../../test/support/services';
import { makeTempDir } from '../../test/support/tempDir';

export interface BenchStudio {
  server: StudioServer;
  services: ReturnType<typeof buildServices>;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The system a host's first start on this computer reports: its settings sized to it (the output
 * resolution by its cores, machineOutput.ts), where other benches keep the studio's 1080p default.
 */
export const thisComputer = {
  languages: ['en-US'],
  timeZone: 'Europe/Madrid',
  cpuCores: availableParallelism(),
};

/**
 * What every bench starts from: the browser studio's server on the built renderer
 * (as the e2e tests use it), the real main services on a fresh data folder, and
 * headless Chromium.
 */
export async function startBenchStudio(
  overrides: Omit<NonNullable<Parameters<typeof buildServices>[1]>, 'origin'> = {},
): Promise<BenchStudio & { dataDir: string }> {
  const server = await startStudioServer();
  const dir = makeTempDir('crosslive-bench-');
  const services = buildServices(dir.path, { ...overrides, origin: server.origin });
  server.serve(services);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--headless=new'],
  });
  return {
    server,
    services,
    browser,
    dataDir: dir.path,
    close: async () => {
      await browser.close();
      services.close();
      dir.remove();
      await server.close();
    },
  };
}
