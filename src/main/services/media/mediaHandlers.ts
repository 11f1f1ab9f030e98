import type { DomainHandlers } from '../../ipc/router';
import type { MediaLibrary } from './mediaLibrary';

export function mediaHandlers(media: MediaLibrary): DomainHandlers<'media'> {
  return {
    'media:import': ({ name, mimeType, data }) => media.import(name, mimeType, data),
    'media:list': () => media.list(),
    'media:read': ({ id }) => media.read(id),
    'media:delete': ({ id }) => media.delete(id),
  };
}
