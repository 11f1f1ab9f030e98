import type { Product } from '../shared/catalog/product';
import type { ResponseOf } from '../shared/ipc/contract';
import type { SceneCollection } from '../shared/scenes/model';
import type { Settings } from '../shared/settings/settings';
import { call } from './ipc/studio';

export type AppInfo = ResponseOf<'app:getInfo'>;

export interface BootData {
  info: AppInfo;
  settings: Settings;
  /** null before the first scene is saved. */
  scenes: SceneCollection | null;
  products: Product[];
}

/** What the shell needs from main before its first useful paint. */
export function loadBootData(): Promise<BootData> {
  return Promise.all([
    call('app:getInfo'),
    call('settings:getAll'),
    call('scenes:getCollection'),
    call('catalog:listProducts'),
  ]).then(([info, settings, scenes, products]) => ({ info, settings, scenes, products }));
}
