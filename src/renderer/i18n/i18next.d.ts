import 'i18next';
import type overlay from '../../../locales/overlay/en.json';
import type { EnglishResources } from './resources';

// Makes any key passed to t() a type error unless it exists in the English
// resources: the UI's `translation` and the viewer-facing `overlay` namespace.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishResources; overlay: typeof overlay };
  }
}
