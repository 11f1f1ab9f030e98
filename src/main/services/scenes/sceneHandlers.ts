import type { DomainHandlers } from '../../ipc/router';
import type { SceneStore } from './sceneStore';

export function sceneHandlers(scenes: SceneStore): DomainHandlers<'scenes'> {
  return {
    'scenes:getCollection': () => scenes.load(),
    'scenes:saveCollection': (collection) => scenes.save(collection),
  };
}
