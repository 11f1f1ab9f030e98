import { browserKeySchema } from '../../shared/live/browserKey';

const storageKey = 'crosslive.viewerKey';

/**
 * This browser's own random key, kept in its storage and sent to the token endpoint, which
 * derives the viewer's stable identity from it (main's viewerIdentities.ts). Clearing the
 * site's data makes a new viewer; where storage is blocked, each visit is a new viewer.
 */
export function viewerBrowserKey(
  storage: () => Pick<Storage, 'getItem' | 'setItem'> = () => localStorage,
): string | undefined {
  try {
    const kept = storage().getItem(storageKey);
    if (kept !== null && browserKeySchema.safeParse(kept).success) return kept;
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    const key = btoa(String.fromCharCode(...bytes))
      .replaceAll('+', '-')
      .replaceAll('/', '_');
    storage().setItem(storageKey, key);
    return key;
  } catch {
    // Storage refused (a sandboxed frame, blocked site data): a one-off identity.
    return undefined;
  }
}
