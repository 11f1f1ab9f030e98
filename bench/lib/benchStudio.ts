import { chromium, type Browser } from 'playwright-core';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../test/e2e/harness/chromium';
import { startRendererServer, type RendererServer } from '../../test/e2e/harness/rendererServer';
import { buildServices } from '../../test/support/services';
import { makeTempDir } from '../../test/support/tempDir';

export interface BenchStudio {
  server: RendererServer;
  services: ReturnType<typeof buildServices>;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * What every bench starts from: the built renderer served as the e2e tests
 * serve it, the real main services on a fresh data folder, and headless Chromium.
 */
export async function startBenchStudio(): Promise<BenchStudio> {
  const server = await startRendererServer(join(import.meta.dirname, '../../out/renderer'));
  const dir = makeTempDir('crosslive-bench-');
  const services = buildServices(dir.path, { origin: server.origin });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--headless=new'],
  });
  return {
    server,
    services,
    browser,
    close: async () => {
      await browser.close();
      services.close();
      dir.remove();
      await server.close();
    },
  };
}
