import type { AskedQuestion, QuestionGroup } from './showReport';

/** How alike two questions' words must be to count as one question (Jaccard of their word sets). */
const sameQuestion = 0.7;
/** Only the most asked are compared pairwise: the long tail of one-off questions stays apart. */
const comparedGroups = 200;

/**
 * The questions asked most, in the host's language (the translation where there is one), alike
 * ones counted together: first by their text without case, punctuation and spacing, then by
 * their shared words ("shipping to Recife?" and "what is shipping to Recife" are one).
 */
export function topQuestions(questions: readonly AskedQuestion[], limit = 10): QuestionGroup[] {
  const exact = new Map<string, { text: string; count: number; markets: Set<string>; words: Set<string> }>();
  for (const question of questions) {
    const text = (question.translation ?? question.text).trim();
    const key = normalize(text);
    if (!key) continue;
    let group = exact.get(key);
    if (!group) exact.set(key, (group = { text, count: 0, markets: new Set(), words: wordsOf(key) }));
    group.count += question.count ?? 1;
    if (question.market) group.markets.add(question.market);
  }
  const ranked = [...exact.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const merged: typeof ranked = [];
  for (const group of ranked.slice(0, comparedGroups)) {
    const into = merged.find((m) => jaccard(m.words, group.words) >= sameQuestion);
    if (!into) {
      merged.push({ ...group, markets: new Set(group.markets) });
      continue;
    }
    into.count += group.count;
    for (const market of group.markets) into.markets.add(market);
  }
  return merged
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, limit)
    .map(({ text, count, markets }) => ({ text, count, markets: [...markets].sort() }));
}

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Words where the script spaces them; pairs of characters where it does not (Chinese, Japanese, Thai). */
function wordsOf(normalized: string): Set<string> {
  const words = normalized.split(' ').filter(Boolean);
  const unspaced = words.length === 1 && (words[0]?.length ?? 0) > 4;
  if (!unspaced) return new Set(words);
  const chars = [...normalized];
  return new Set(chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? '')));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
