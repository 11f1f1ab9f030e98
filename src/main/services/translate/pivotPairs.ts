/** Languages tried, in order, as the middle step of a two-step translation. */
const pivotOrder = ['en', 'es', 'ca', 'fr', 'pt'];

/**
 * The language to translate through when there is no direct pair, or undefined when there is a
 * direct pair or none through any language. Apertium's pairs are few and each sits between
 * neighbouring languages (por↔cat, cat↔eng): chaining two of them reaches a host that no single
 * pair does (a Brazilian question to an English host, through Catalan).
 */
export function pivotFor(
  pairs: readonly (readonly [string, string])[],
  from: string,
  to: string,
): string | undefined {
  const has = (a: string, b: string): boolean => pairs.some(([x, y]) => x === a && y === b);
  if (has(from, to)) return undefined;
  const middles = new Set(pairs.filter(([x]) => x === from).map(([, y]) => y));
  const ranked = [...middles].sort((a, b) => rank(a) - rank(b));
  return ranked.find((middle) => middle !== to && has(middle, to));
}

const rank = (language: string): number => {
  const index = pivotOrder.indexOf(language);
  return index === -1 ? pivotOrder.length : index;
};

/** The pairs reachable in one step or through one pivot. */
export function withPivots(pairs: readonly (readonly [string, string])[]): (readonly [string, string])[] {
  const languages = new Set(pairs.flat());
  const reachable: (readonly [string, string])[] = [...pairs];
  for (const from of languages)
    for (const to of languages)
      if (from !== to && !pairs.some(([x, y]) => x === from && y === to) && pivotFor(pairs, from, to))
        reachable.push([from, to]);
  return reachable;
}
