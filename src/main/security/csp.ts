/**
 * The Content-Security-Policy of the studio window. Production allows only the
 * bundle's own scripts and styles; media comes from capture (mediastream:, blob:)
 * and the network only over ws(s)/http(s) for LiveKit and OBS, whose hosts are the
 * user's to choose.
 *
 * The dev variant adds what Vite's dev server needs (its inline React-refresh
 * preamble, injected <style> tags and the HMR socket); it is never used in a
 * packaged build.
 */
export function buildContentSecurityPolicy(mode: 'production' | 'development'): string {
  const dev = mode === 'development';
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:', 'mediastream:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'ws:', 'wss:', 'http:', 'https:'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
