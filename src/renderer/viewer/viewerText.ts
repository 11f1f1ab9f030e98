import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { OverlayLanguage } from '../../shared/markets/markets';
import ar from '../../../locales/viewer/ar.json';
import de from '../../../locales/viewer/de.json';
import en from '../../../locales/viewer/en.json';
import es from '../../../locales/viewer/es.json';
import fr from '../../../locales/viewer/fr.json';
import id from '../../../locales/viewer/id.json';
import ja from '../../../locales/viewer/ja.json';
import ms from '../../../locales/viewer/ms.json';
import pt from '../../../locales/viewer/pt.json';
import th from '../../../locales/viewer/th.json';
import vi from '../../../locales/viewer/vi.json';
import zh from '../../../locales/viewer/zh.json';

/** The viewer page speaks every viewer market's language (the studio UI's six are for hosts). */
const resources: Record<OverlayLanguage, { viewer: typeof en }> = {
  en: { viewer: en },
  es: { viewer: es },
  pt: { viewer: pt },
  fr: { viewer: fr },
  de: { viewer: de },
  id: { viewer: id },
  ms: { viewer: ms },
  th: { viewer: th },
  vi: { viewer: vi },
  ar: { viewer: ar },
  ja: { viewer: ja },
  zh: { viewer: zh },
};

export function initViewerText(language: OverlayLanguage): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    ns: ['viewer'],
    defaultNS: 'viewer',
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  applyViewerLanguage(language);
}

export function applyViewerLanguage(language: OverlayLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
}
