import type { DomainHandlers } from '../../ipc/router';
import type { SettingsService } from './settingsService';

export function settingsHandlers(settings: SettingsService): DomainHandlers<'settings'> {
  return {
    'settings:getAll': () => settings.getAll(),
    'settings:update': (patch) => settings.update(patch),
  };
}
