import { StudioError } from '../../shared/ipc/errors';
import type { DomainHandlers } from '../ipc/router';
import { isSafeExternalUrl } from './externalUrls';

/** Links the renderer asks to open go to the system browser, and only http(s) ones. */
export function shellHandlers(openExternal: (url: string) => Promise<void>): DomainHandlers<'shell'> {
  return {
    'shell:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url))
        throw new StudioError('INVALID_PAYLOAD', 'Only http(s) links can be opened.');
      await openExternal(url);
    },
  };
}
