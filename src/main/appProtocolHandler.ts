import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { appScheme, resolveAppAsset } from './security/appProtocol';
import { buildContentSecurityPolicy } from './security/csp';

/** Must run before the app is ready: gives `studio://` a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererDir` under `studio://app/`, each
 * response carrying the production CSP (webRequest does not see custom protocols).
 */
export function serveRenderer(rendererDir: string): void {
  const csp = buildContentSecurityPolicy('production');
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
