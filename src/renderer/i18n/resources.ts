import type { UiLanguage } from '../../shared/i18n/languages';
import ar from '../../../locales/ar/translation.json';
import en from '../../../locales/en/translation.json';
import es from '../../../locales/es/translation.json';
import id from '../../../locales/id/translation.json';
import ptBR from '../../../locales/pt-BR/translation.json';
import zhCN from '../../../locales/zh-CN/translation.json';
import vi from '../../../locales/vi/translation.json';
import th from '../../../locales/th/translation.json';
import ms from '../../../locales/ms/translation.json';
import ja from '../../../locales/ja/translation.json';
import ko from '../../../locales/ko/translation.json';
import fr from '../../../locales/fr/translation.json';

/** Bundled so the first paint is already in the user's language (a few KB each). */
export const resources: Record<UiLanguage, { translation: typeof en }> = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
  es: { translation: es },
  'pt-BR': { translation: ptBR },
  id: { translation: id },
  ar: { translation: ar },
  vi: { translation: vi },
  th: { translation: th },
  ms: { translation: ms },
  ja: { translation: ja },
  ko: { translation: ko },
  fr: { translation: fr },
};

export type EnglishResources = typeof en;
