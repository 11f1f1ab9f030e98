import 'i18next';
import type { EnglishResources } from './resources';

// Makes any key passed to t() a type error unless it exists in locales/en.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishResources };
  }
}
