import { useEffect, useState } from 'react';
import type { ChatConnectorStatus } from '../../../shared/chat/chatConnectorStatus';
import { call } from '../../ipc/studio';

/** Each platform connector's status, as main pushes it. */
export function useChatStatuses(): [ChatConnectorStatus[], (next: ChatConnectorStatus[]) => void] {
  const [statuses, setStatuses] = useState<ChatConnectorStatus[]>([]);
  useEffect(() => {
    let pushed = false;
    const stop = window.studio.on('chat:onStatus', (next) => {
      pushed = true;
      setStatuses(next);
    });
    void call('chat:getStatuses').then((now) => !pushed && setStatuses(now));
    return stop;
  }, []);
  return [statuses, setStatuses];
}
