import type { ResponseOf } from '../shared/ipc/contract';
import type { Settings } from '../shared/settings/settings';
import { call } from './ipc/studio';

export type AppInfo = ResponseOf<'app:getInfo'>;

export interface BootData {
  info: AppInfo;
  settings: Settings;
}

/** What the shell needs from main before its first useful paint. */
export function loadBootData(): Promise<BootData> {
  return Promise.all([call('app:getInfo'), call('settings:getAll')]).then(([info, settings]) => ({
    info,
    settings,
  }));
}
