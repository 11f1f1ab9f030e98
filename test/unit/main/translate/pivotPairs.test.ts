import { describe, expect, it } from 'vitest';
import { pivotFor, withPivots } from '../../../../src/main/services/translate/pivotPairs';

// The pairs Debian's apertium-eng-spa, -por-cat, -eng-cat and -fra-cat install, both ways.
const installed = [
  ['es', 'en'],
  ['en', 'es'],
  ['pt', 'ca'],
  ['ca', 'pt'],
  ['en', 'ca'],
  ['ca', 'en'],
  ['fr', 'ca'],
  ['ca', 'fr'],
] as const;

describe('translating through a third language', () => {
  it('goes through the language both pairs share, and not where a direct pair exists', () => {
    expect(pivotFor(installed, 'pt', 'en')).toBe('ca');
    expect(pivotFor(installed, 'fr', 'en')).toBe('ca');
    expect(pivotFor(installed, 'es', 'ca')).toBe('en');
    expect(pivotFor(installed, 'es', 'en')).toBeUndefined();
    expect(pivotFor(installed, 'pt', 'zh')).toBeUndefined();
    expect(pivotFor(installed, 'id', 'en')).toBeUndefined();
  });

  it('prefers English as the middle step when several would do', () => {
    const both = [...installed, ['pt', 'en'], ['en', 'fr']] as const;
    expect(
      pivotFor(
        [...both].filter(([a, b]) => !(a === 'pt' && b === 'en')),
        'pt',
        'fr',
      ),
    ).toBe('ca');
    expect(
      pivotFor(
        [
          ['pt', 'ca'],
          ['ca', 'fr'],
          ['pt', 'en'],
          ['en', 'fr'],
        ],
        'pt',
        'fr',
      ),
    ).toBe('en');
  });

  it('lists what one pivot reaches: Portuguese and French questions for an English host, none for a Chinese one', () => {
    const reachable = withPivots(installed);
    const into = (host: string) =>
      reachable
        .filter(([, to]) => to === host)
        .map(([from]) => from)
        .sort();
    expect(into('en')).toEqual(['ca', 'es', 'fr', 'pt']);
    expect(into('es')).toEqual(['ca', 'en']);
    expect(into('zh')).toEqual([]);
  });
});
