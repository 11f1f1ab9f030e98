import 'i18next';
import type overlay from '../../../locales/overlay/en.json';
import type viewer from '../../../locales/viewer/en.json';
import type { EnglishResources } from './resources';

// Makes any key passed to t() a type error unless it exists in the English
// resources: the UI's `translation`, the viewer-facing `overlay` namespace and the viewer page's `viewer`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishResources; overlay: typeof overlay; viewer: typeof viewer };
  }
}
