/**
 * Links the studio may hand to the OS browser: plain http(s) with a host and no
 * embedded credentials. Everything else (file:, javascript:, custom schemes that
 * launch other apps) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
