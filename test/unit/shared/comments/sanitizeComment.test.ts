import { describe, expect, it } from 'vitest';
import { sanitizeComment } from '../../../../src/shared/comments/sanitizeComment';

describe('sanitizing a comment', () => {
  it('replaces a lone surrogate, high or low, with U+FFFD and keeps whole pairs', () => {
    const { text, altered } = sanitizeComment('price \uD83D? ok \uDE00 and 😀');
    expect(text).toBe('price \uFFFD? ok \uFFFD and 😀');
    expect(altered).toBe(true);
    expect(() => encodeURIComponent(text)).not.toThrow();
  });

  it('leaves well-formed text as it came', () => {
    expect(sanitizeComment('多少钱？ كم السعر؟ 😀')).toEqual({
      text: '多少钱？ كم السعر؟ 😀',
      altered: false,
    });
  });
});
