/** The longest comment kept; longer ones are cut (at a character boundary) and marked. */
export const maxCommentLength = 500;

// C0/C1 controls (tabs and newlines become spaces first), and the bidi embeddings, overrides and
// isolates that can make text read backwards (U+202A..U+202E, U+2066..U+2069).
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// More than two combining marks on one letter is "zalgo" text: keep the first two.
const zalgo = /(\p{M}{2})\p{M}+/gu;
// One character (an emoji, say) repeated more than five times in a row: keep five.
const floods = /(\P{M}\p{M}*)\1{5,}/gu;

// A UTF-16 surrogate without its other half (a cut emoji, or a forged payload): not text at all,
// and SQLite, JSON and fonts each make something different of it.
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface SanitizedText {
  text: string;
  /** True when something was cut or removed. */
  altered: boolean;
}

/**
 * Makes a viewer's comment safe to store and show as plain text: well-formed
 * (a lone surrogate becomes U+FFFD), NFC, no control or bidi-override characters, no zalgo stacks or floods, single
 * spaces, at most `maxCommentLength` characters. Never markup: the UI renders
 * it as text.
 */
export function sanitizeComment(raw: string): SanitizedText {
  const text = raw
    .replace(loneSurrogates, '\uFFFD')
    .normalize('NFC')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(controls, '')
    .replace(zalgo, '$1')
    .replace(floods, (_all, one: string) => one.repeat(5))
    .replace(/\s{2,}/g, ' ')
    .trim();
  const chars = Array.from(text);
  const cut = chars.length > maxCommentLength ? `${chars.slice(0, maxCommentLength).join('')}…` : text;
  return { text: cut, altered: cut !== raw };
}

/** Lower case, no accents, no width or compatibility forms: "ＦＲＥＥ" and "frée" both read "free". */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the text holds any blocked word or phrase, however it is cased, accented or spaced. */
export function isBlocked(text: string, blocklist: readonly string[]): boolean {
  const haystack = folded(text).replace(/\s+/g, ' ');
  return blocklist.some((entry) => {
    const needle = folded(entry).replace(/\s+/g, ' ').trim();
    return needle !== '' && haystack.includes(needle);
  });
}
