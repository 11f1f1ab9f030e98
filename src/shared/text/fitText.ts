/**
 * Fits text into a box: wraps at the language's line-break opportunities
 * (Intl.Segmenter words, so Chinese, Japanese and Thai break between words, not
 * anywhere), shrinks the font step by step, and only at the smallest size cuts
 * the last line, by whole graphemes with an ellipsis, never mid-glyph.
 */
export interface FitOptions {
  maxWidth: number;
  maxLines: number;
  maxFontSize: number;
  minFontSize: number;
  /** BCP 47 language of the text, for segmentation. */
  locale: string;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size could not show everything. */
  truncated: boolean;
}

/** Width of `text` at `fontSize`, in the same units as maxWidth (a canvas's measureText). */
export type Measure = (text: string, fontSize: number) => number;

const ellipsis = '…';

export function fitText(text: string, options: FitOptions, measure: Measure): FittedText {
  const words = segments(text.replace(/\s+/g, ' ').trim(), options.locale, 'word');
  let fontSize = options.maxFontSize;
  for (;;) {
    const lines = wrap(words, fontSize, options, measure);
    if (lines.length <= options.maxLines) return { fontSize, lines, truncated: false };
    if (fontSize <= options.minFontSize) {
      const kept = lines.slice(0, options.maxLines);
      const rest = lines.slice(options.maxLines - 1).join(' ');
      kept[kept.length - 1] = withEllipsis(rest, fontSize, options, measure);
      return { fontSize, lines: kept, truncated: true };
    }
    fontSize = Math.max(options.minFontSize, Math.floor(fontSize * 0.9));
  }
}

function wrap(words: string[], fontSize: number, options: FitOptions, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line + word;
    if (measure(candidate.trimEnd(), fontSize) <= options.maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trim());
    line = word.trimStart();
    // A single word wider than the box breaks between graphemes.
    while (measure(line, fontSize) > options.maxWidth) {
      const graphemes = segments(line, options.locale, 'grapheme');
      let head = '';
      for (const g of graphemes) {
        if (head && measure(head + g, fontSize) > options.maxWidth) break;
        head += g;
      }
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

function withEllipsis(text: string, fontSize: number, options: FitOptions, measure: Measure): string {
  const graphemes = segments(text, options.locale, 'grapheme');
  let kept = graphemes.length;
  const joined = (): string => graphemes.slice(0, kept).join('').trimEnd() + ellipsis;
  while (kept > 0 && measure(joined(), fontSize) > options.maxWidth) kept--;
  return joined();
}

function segments(text: string, locale: string, granularity: 'word' | 'grapheme'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
