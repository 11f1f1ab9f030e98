import i18next, { type TFunction } from 'i18next';
import type { OverlayLanguage } from '../../../shared/markets/markets';
import ar from '../../../../locales/overlay/ar.json';
import de from '../../../../locales/overlay/de.json';
import en from '../../../../locales/overlay/en.json';
import es from '../../../../locales/overlay/es.json';
import fr from '../../../../locales/overlay/fr.json';
import id from '../../../../locales/overlay/id.json';
import ja from '../../../../locales/overlay/ja.json';
import ms from '../../../../locales/overlay/ms.json';
import pt from '../../../../locales/overlay/pt.json';
import th from '../../../../locales/overlay/th.json';
import vi from '../../../../locales/overlay/vi.json';
import zh from '../../../../locales/overlay/zh.json';

export type OverlayKey = keyof typeof en;

const resources: Record<OverlayLanguage, { overlay: typeof en }> = {
  en: { overlay: en },
  es: { overlay: es },
  pt: { overlay: pt },
  fr: { overlay: fr },
  de: { overlay: de },
  id: { overlay: id },
  ms: { overlay: ms },
  th: { overlay: th },
  vi: { overlay: vi },
  ar: { overlay: ar },
  ja: { overlay: ja },
  zh: { overlay: zh },
};

// Overlays speak the viewers' language, not the host's: a separate i18next
// instance, so switching the UI language never changes what viewers read.
const overlayI18n = i18next.createInstance();
void overlayI18n.init({
  resources,
  ns: ['overlay'],
  defaultNS: 'overlay',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const fixed = new Map<OverlayLanguage, TFunction<'overlay'>>();

/** The overlay phrase `key` in `language`. */
export function overlayText(language: OverlayLanguage, key: OverlayKey): string {
  let t = fixed.get(language);
  if (!t) {
    t = overlayI18n.getFixedT(language, 'overlay');
    fixed.set(language, t);
  }
  return String(t(key));
}
