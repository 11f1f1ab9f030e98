import { describe, expect, it } from 'vitest';
import { viewerBrowserKey } from '../../../../src/renderer/viewer/viewerBrowserKey';
import { browserKeySchema } from '../../../../src/shared/live/browserKey';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe('the viewer page’s browser key', () => {
  it('is made once, kept, and of the form main accepts', () => {
    const storage = memoryStorage();
    const key = viewerBrowserKey(() => storage);
    expect(browserKeySchema.safeParse(key).success).toBe(true);
    expect(viewerBrowserKey(() => storage)).toBe(key);
    expect(viewerBrowserKey(memoryStorage)).not.toBe(key); // another browser
  });

  it('replaces a kept value that is not a key', () => {
    const storage = memoryStorage();
    storage.items.set('crosslive.viewerKey', '<script>');
    const key = viewerBrowserKey(() => storage);
    expect(key).not.toBe('<script>');
    expect(browserKeySchema.safeParse(key).success).toBe(true);
  });

  it('is absent where the browser refuses storage', () => {
    expect(
      viewerBrowserKey(() => {
        throw new DOMException('blocked', 'SecurityError');
      }),
    ).toBeUndefined();
  });
});
