import type { DomainHandlers } from '../../ipc/router';
import type { SettingsService } from '../settings/settingsService';
import type { ResilientTranslator } from './resilientTranslator';
import { checkTranslationCoverage } from './translationCoverage';

export function translationHandlers(deps: {
  settings: SettingsService;
  translator: () => ResilientTranslator | undefined;
  hostLanguage: () => string;
}): DomainHandlers<'translation'> {
  return {
    'translation:checkCoverage': () =>
      checkTranslationCoverage(
        deps.translator(),
        deps.settings.getAll().translationProvider,
        deps.hostLanguage(),
      ),
  };
}
