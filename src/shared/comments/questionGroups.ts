/**
 * Groups questions that ask the same thing, so the host answers once: by the
 * overlap of their words (character pairs for scripts written without spaces)
 * in one language, the host's, after translation. Jaccard similarity of at
 * least `threshold` puts two in one group.
 */
export const groupThreshold = 0.5;

const stopWords = new Set(
  'the a an is are it this that to of for in on and or do does can i you me my your please pls plz'.split(
    ' ',
  ),
);

/** Word tokens, or character pairs for Chinese, Japanese and Thai. */
export function questionTokens(text: string): Set<string> {
  const bare = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(bare)) {
    const chars = Array.from(bare.replace(/\s+/g, ''));
    return new Set(chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`));
  }
  return new Set(bare.split(/\s+/).filter((w) => w.length > 1 && !stopWords.has(w)));
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Groupable {
  id: string;
  /** The text compared: the translation into the host's language, or the original. */
  text: string;
  /** Epoch milliseconds of arrival. */
  at: number;
}

export interface QuestionGroup<T extends Groupable> {
  /** The first question asked, which stands for the group. */
  lead: T;
  members: T[];
  /** Arrival of the newest member. */
  latest: number;
}

// The queue is grouped again at each new comment: tokens of texts already seen are kept.
const tokenCache = new Map<string, Set<string>>();
function cachedTokens(text: string): Set<string> {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = questionTokens(text);
    if (tokenCache.size >= 2000) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** Groups in arrival order, then sorted: most asked first, then the longest waiting. */
export function groupQuestions<T extends Groupable>(questions: readonly T[], threshold = groupThreshold) {
  const groups: (QuestionGroup<T> & { tokens: Set<string> })[] = [];
  for (const q of [...questions].sort((a, b) => a.at - b.at)) {
    const tokens = cachedTokens(q.text);
    const home = groups.find((g) => similarity(g.tokens, tokens) >= threshold);
    if (home) {
      home.members.push(q);
      home.latest = Math.max(home.latest, q.at);
    } else {
      groups.push({ lead: q, members: [q], latest: q.at, tokens });
    }
  }
  return groups
    .sort((a, b) => b.members.length - a.members.length || a.lead.at - b.lead.at)
    .map(({ lead, members, latest }): QuestionGroup<T> => ({ lead, members, latest }));
}
