import { normalize, resolve, sep } from 'node:path';

/** The packaged renderer is served from `studio://app/`, a secure standard origin. */
export const appScheme = 'studio';
export const appOrigin = `${appScheme}://app`;

/**
 * Maps a `studio://app/...` URL to a file inside `rendererDir`, or undefined for
 * anything outside it (other hosts, `..` tricks, encoded separators).
 */
export function resolveAppAsset(rendererDir: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== 'app') return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rendererDir);
  const file = resolve(root, normalize(relative));
  return file.startsWith(root + sep) ? file : undefined;
}
