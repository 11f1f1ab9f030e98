import type { UiLanguage } from '../../shared/i18n/languages';
import ar from '../../../locales/ar/translation.json';
import en from '../../../locales/en/translation.json';
import es from '../../../locales/es/translation.json';
import id from '../../../locales/id/translation.json';
import ptBR from '../../../locales/pt-BR/translation.json';
import zhCN from '../../../locales/zh-CN/translation.json';

/** Bundled so the first paint is already in the user's language (a few KB each). */
export const resources: Record<UiLanguage, { translation: typeof en }> = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
  es: { translation: es },
  'pt-BR': { translation: ptBR },
  id: { translation: id },
  ar: { translation: ar },
};

export type EnglishResources = typeof en;
