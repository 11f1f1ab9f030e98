import { describe, expect, it } from 'vitest';
import { fitText, type FitOptions } from '../../../src/shared/text/fitText';

// A monospaced measure: every grapheme is 0.6 em wide (CJK 1 em). Real canvases
// differ in numbers, not in the rules under test.
const measure = (text: string, size: number): number =>
  Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)).reduce(
    (w, { segment }) => w + (/[\u3000-\u9fff\uac00-\ud7af]/.test(segment) ? 1 : 0.6) * size,
    0,
  );

const options = (o: Partial<FitOptions>): FitOptions => ({
  maxWidth: 300,
  maxLines: 2,
  maxFontSize: 40,
  minFontSize: 20,
  locale: 'en',
  ...o,
});

describe('fitText', () => {
  it('keeps a short text at the largest size on one line', () => {
    expect(fitText('Silk scarf', options({}), measure)).toEqual({
      fontSize: 40,
      lines: ['Silk scarf'],
      truncated: false,
    });
  });

  it('wraps between words and shrinks until it fits', () => {
    const fitted = fitText('Hand-woven mulberry silk scarf from Hangzhou', options({}), measure);
    expect(fitted.truncated).toBe(false);
    expect(fitted.fontSize).toBeLessThan(40);
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
    for (const line of fitted.lines) expect(measure(line, fitted.fontSize)).toBeLessThanOrEqual(300);
    expect(fitted.lines.join(' ')).toBe('Hand-woven mulberry silk scarf from Hangzhou');
  });

  it('breaks Chinese between words, never losing a character', () => {
    const text = '杭州手工桑蚕丝围巾限时特价包邮到家';
    const fitted = fitText(
      text,
      options({ locale: 'zh', maxWidth: 200, minFontSize: 24, maxLines: 3 }),
      measure,
    );
    expect(fitted.lines.join('')).toBe(text);
    for (const line of fitted.lines) expect(measure(line, fitted.fontSize)).toBeLessThanOrEqual(200);
  });

  it('cuts only at the smallest size, by whole graphemes, with an ellipsis', () => {
    const text = 'Family pack 👨‍👩‍👧‍👦 of twelve hand-painted ceramic mugs with gold rims and a gift box';
    const fitted = fitText(text, options({ maxLines: 1, maxWidth: 200 }), measure);
    expect(fitted.truncated).toBe(true);
    expect(fitted.fontSize).toBe(20);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]?.endsWith('…')).toBe(true);
    expect(measure(fitted.lines[0] ?? '', 20)).toBeLessThanOrEqual(200);
    // No broken surrogate pair or half an emoji sequence.
    expect(fitted.lines[0]).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('keeps Arabic words whole', () => {
    const text = 'وشاح حرير طبيعي مصنوع يدويًا';
    const fitted = fitText(text, options({ locale: 'ar', maxWidth: 260 }), measure);
    expect(fitted.lines.join(' ')).toBe(text);
  });
});

describe('fitText in Thai, written without spaces', () => {
  it('breaks between dictionary words, never inside one', () => {
    const text = 'ผ้าไหมทอมือคุณภาพดีส่งตรงจากโรงงาน';
    const words = Array.from(
      new Intl.Segmenter('th', { granularity: 'word' }).segment(text),
      (s) => s.segment,
    );
    const fitted = fitText(
      text,
      options({ locale: 'th', maxWidth: 180, maxLines: 4, minFontSize: 20 }),
      measure,
    );
    expect(fitted.lines.join('')).toBe(text);
    expect(fitted.lines.length).toBeGreaterThan(1);
    // Every line ends where a word ends.
    const ends = new Set(words.map((_, i) => words.slice(0, i + 1).join('').length));
    let offset = 0;
    for (const line of fitted.lines) {
      offset += line.length;
      expect(ends.has(offset)).toBe(true);
    }
  });
});
