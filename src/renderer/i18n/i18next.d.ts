import 'i18next';
import type { EnglishResources } from './resources';

// Makes t('some.key') a type error unless the key exists in locales/en.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishResources };
  }
}
