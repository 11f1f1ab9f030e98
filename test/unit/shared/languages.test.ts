import { describe, expect, it } from 'vitest';
import { directionOf, matchUiLanguage } from '../../../src/shared/i18n/languages';

describe('matchUiLanguage', () => {
  it.each([
    [['en-US'], 'en'],
    [['zh-CN'], 'zh-CN'],
    [['zh-Hans-SG'], 'zh-CN'],
    [['zh-TW', 'es-MX'], 'es'],
    [['zh-Hant-HK'], 'en'],
    [['pt-PT'], 'pt-BR'],
    [['pt-BR'], 'pt-BR'],
    [['in-ID'], 'id'], // Intl canonicalises the legacy code 'in' (Java, Android) to 'id'
    [['id-ID'], 'id'],
    [['ar-EG'], 'ar'],
    [['de-DE', 'fr-FR'], 'fr'],
    [['de-DE', 'nl-NL'], 'en'],
    [['fr-CA'], 'fr'],
    [['ja-JP'], 'ja'],
    [['ko-KR'], 'ko'],
    [['th-TH'], 'th'],
    [['vi-VN'], 'vi'],
    [['ms-MY'], 'ms'],
    [['zsm'], 'ms'], // Standard Malay's own code
    [['not a tag', 'es-419'], 'es'],
    [[], 'en'],
  ])('%j -> %s', (preferred, expected) => {
    expect(matchUiLanguage(preferred)).toBe(expected);
  });

  it('flips only Arabic to right-to-left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('zh-CN')).toBe('ltr');
    expect(directionOf('th')).toBe('ltr');
  });
});
