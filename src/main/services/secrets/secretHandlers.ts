import type { DomainHandlers } from '../../ipc/router';
import type { SecretStore } from './secretStore';

/** Secrets go in and are cleared; only whether each is set comes back. */
export function secretHandlers(secrets: SecretStore): DomainHandlers<'secrets'> {
  return {
    'secrets:getStatus': () => secrets.status(),
    'secrets:set': ({ name, value }) => secrets.set(name, value),
    'secrets:clear': ({ name }) => secrets.clear(name),
  };
}
