import { describe, expect, it } from 'vitest';
import { marketCoverage } from '../../../src/shared/comments/marketCoverage';
import type { TranslationCoverage } from '../../../src/shared/comments/translationCoverage';

const apertiumForEnglish: TranslationCoverage = {
  provider: 'apertium',
  hostLanguage: 'en',
  failure: null,
  languages: [
    { language: 'en', status: 'host' },
    { language: 'es', status: 'covered' },
    { language: 'pt', status: 'covered' },
    { language: 'ar', status: 'missing' },
    { language: 'id', status: 'missing' },
  ],
};

describe('translation coverage by market', () => {
  it('tells each chosen market by its language', () => {
    expect(marketCoverage(apertiumForEnglish, ['br', 'mx', 'sa', 'id', 'us-east'])).toEqual({
      host: ['us-east'],
      covered: ['br', 'mx'],
      missing: ['sa', 'id'],
    });
  });

  it('covers nothing when the service could not be asked', () => {
    const unreachable: TranslationCoverage = { ...apertiumForEnglish, failure: 'unreachable' };
    expect(marketCoverage(unreachable, ['mx', 'us-east'])).toEqual({
      host: ['us-east'],
      covered: [],
      missing: ['mx'],
    });
  });

  it('takes a language the service did not list as not covered', () => {
    expect(marketCoverage(apertiumForEnglish, ['jp'])).toEqual({ host: [], covered: [], missing: ['jp'] });
  });
});
