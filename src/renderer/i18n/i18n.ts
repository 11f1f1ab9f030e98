import i18next, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultUiLanguage, directionOf, type UiLanguage } from '../../shared/i18n/languages';
import { resources } from './resources';

/** A key that exists in locales/en; maps of keys are typed with this. */
export type TranslationKey = ParseKeys;

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: defaultUiLanguage,
    fallbackLng: defaultUiLanguage,
    initAsync: false,
    // React escapes what it renders; escaping here too would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Switches the UI language and flips the document for right-to-left scripts. */
export function applyUiLanguage(language: UiLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
