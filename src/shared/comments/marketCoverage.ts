import { marketById, type MarketId } from '../markets/markets';
import type { TranslationCoverage } from './translationCoverage';

/**
 * The coverage told by market, as the host thinks of viewers: whose questions arrive translated,
 * whose are already in the host's language, and whose are shown as written.
 */
export function marketCoverage(
  coverage: TranslationCoverage,
  chosen: readonly MarketId[],
): Record<'host' | 'covered' | 'missing', MarketId[]> {
  const status = new Map(coverage.languages.map((l) => [l.language, l.status]));
  const result: Record<'host' | 'covered' | 'missing', MarketId[]> = { host: [], covered: [], missing: [] };
  for (const id of chosen) {
    // A service that could not be asked covers nothing.
    const fate = status.get(marketById(id).language) ?? 'missing';
    result[coverage.failure && fate === 'covered' ? 'missing' : fate].push(id);
  }
  return result;
}
