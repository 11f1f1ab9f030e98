import { join } from 'node:path';
import { BrowserStudioServer } from '../../../src/main/browserStudio/browserStudioServer';
import type { CallObserver } from '../../../src/main/browserStudio/bridgeSession';
import { createMemoryLogger } from '../../../src/main/logging/logger';
import type { StudioServices } from '../../../src/main/studioServices';

const rendererDir = join(import.meta.dirname, '../../../out/renderer');

export interface StudioServer {
  /** `http://127.0.0.1:<port>`: the origin main trusts. */
  origin: string;
  /** The page's address with this run's token, as the browser studio prints it. */
  url: string;
  /** The same with a query string (`?diagnostics` for the benches). */
  urlWith(search: string): string;
  /** What the server logged (refusals among it). */
  log: ReturnType<typeof createMemoryLogger>['entries'];
  /** Connects main's services to the bridge (again, after a restart). */
  serve(services: Pick<StudioServices, 'router' | 'events' | 'start'>): void;
  close(): Promise<void>;
}

/**
 * The browser studio's server (the product's own, src/main/browserStudio) on the
 * built renderer, for the e2e tests and the benches: main's services are theirs
 * to build, so they can read and steer them.
 */
export async function startStudioServer(options: { observe?: CallObserver } = {}): Promise<StudioServer> {
  const logger = createMemoryLogger();
  const server = await BrowserStudioServer.listen({
    rendererDir,
    logger,
    observe: options.observe,
  });
  return {
    origin: server.origin,
    url: server.url,
    log: logger.entries,
    urlWith: (search) => server.url.replace('/index.html#', `/index.html${search}#`),
    serve: (services) => {
      server.serve(services.router, services.events);
      services.start();
    },
    close: () => server.close(),
  };
}
