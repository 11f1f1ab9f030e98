import type { DomainHandlers } from '../../ipc/router';
import type { ChatSupervisor } from './chatSupervisor';

export function chatHandlers(chat: ChatSupervisor): DomainHandlers<'chat'> {
  return {
    'chat:getStatuses': () => chat.list(),
    'chat:connect': ({ platform }) => chat.connect(platform),
    'chat:disconnect': ({ platform }) => chat.disconnect(platform),
    'chat:signIn': ({ platform }) => chat.signIn(platform),
    'chat:signOut': ({ platform }) => chat.signOut(platform),
  };
}
