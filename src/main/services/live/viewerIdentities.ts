import { createHmac, randomBytes } from 'node:crypto';

/**
 * A viewer's LiveKit identity, the same on every visit from the same browser, so a ban and a
 * vote outlast a reload. It is derived from the browser's own random key with a keyed hash
 * whose key only main holds: the room sees the identity, never the browser key, so another
 * viewer cannot take someone's identity (and be mistaken for them, or get them disconnected).
 * A page without a key (storage blocked) gets a new identity per token, as before.
 */
export class ViewerIdentities {
  constructor(
    private readonly secrets: {
      get(name: 'viewerIdentityKey'): string | undefined;
      set(name: 'viewerIdentityKey', value: string): void;
    },
  ) {}

  identityFor(browserKey: string | undefined): string {
    if (!browserKey) return `viewer-${randomBytes(8).toString('hex')}`;
    const digest = createHmac('sha256', this.key()).update(browserKey).digest('base64url');
    return `viewer-${digest.slice(0, 22)}`;
  }

  private key(): string {
    let key = this.secrets.get('viewerIdentityKey');
    if (!key) {
      key = randomBytes(32).toString('base64url');
      this.secrets.set('viewerIdentityKey', key);
    }
    return key;
  }
}
