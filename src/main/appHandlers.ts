import type { DomainHandlers } from './ipc/router';

/** What the window shows about the studio itself (About, the status bar's warnings). */
export function appHandlers(info: {
  app: { name: string; version: string; platform: string };
  secretsEncrypted: boolean;
  systemNotifications: boolean;
}): DomainHandlers<'app'> {
  return {
    'app:getInfo': () => ({
      ...info.app,
      secretsEncrypted: info.secretsEncrypted,
      systemNotifications: info.systemNotifications,
    }),
  };
}
