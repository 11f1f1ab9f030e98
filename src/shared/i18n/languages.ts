/**
 * The languages the studio UI speaks. `en` is the source of truth for keys;
 * every other locale must carry exactly the same keys (test/unit/locales.test.ts).
 */
export const uiLanguages = [
  { code: 'en', nativeName: 'English', direction: 'ltr' },
  { code: 'zh-CN', nativeName: '简体中文', direction: 'ltr' },
  { code: 'es', nativeName: 'Español', direction: 'ltr' },
  { code: 'pt-BR', nativeName: 'Português (Brasil)', direction: 'ltr' },
  { code: 'id', nativeName: 'Bahasa Indonesia', direction: 'ltr' },
  { code: 'ar', nativeName: 'العربية', direction: 'rtl' },
  { code: 'vi', nativeName: 'Tiếng Việt', direction: 'ltr' },
  { code: 'th', nativeName: 'ไทย', direction: 'ltr' },
  { code: 'ms', nativeName: 'Bahasa Melayu', direction: 'ltr' },
  { code: 'ja', nativeName: '日本語', direction: 'ltr' },
  { code: 'ko', nativeName: '한국어', direction: 'ltr' },
  { code: 'fr', nativeName: 'Français', direction: 'ltr' },
] as const;

export type UiLanguage = (typeof uiLanguages)[number]['code'];
export type TextDirection = 'ltr' | 'rtl';

export const defaultUiLanguage: UiLanguage = 'en';

const codes: readonly string[] = uiLanguages.map((l) => l.code);

export function isUiLanguage(value: string): value is UiLanguage {
  return codes.includes(value);
}

export function directionOf(language: UiLanguage): TextDirection {
  return uiLanguages.find((l) => l.code === language)?.direction ?? 'ltr';
}

/**
 * Picks the UI language closest to the system's preferred locales (BCP 47 tags,
 * most preferred first): an exact tag wins, then the same base language
 * (`pt-PT` -> `pt-BR`, `zh-Hans-SG` -> `zh-CN`), else English.
 */
export function matchUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue;
    }
    const exact = uiLanguages.find((l) => l.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    // Traditional Chinese readers are not served by Simplified; keep looking.
    if (locale.language === 'zh' && isTraditionalChinese(locale)) continue;
    const sameBase = uiLanguages.find((l) => new Intl.Locale(l.code).language === locale.language);
    if (sameBase) return sameBase.code;
  }
  return defaultUiLanguage;
}

function isTraditionalChinese(locale: Intl.Locale): boolean {
  const script = locale.maximize().script;
  return script === 'Hant';
}
