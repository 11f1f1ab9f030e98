import type { ChatConnectorStatus } from '../../../shared/chat/chatConnectorStatus';
import { ConnectorStatusText } from './ConnectorStatusText';
import { PlatformBadge } from './PlatformBadge';

/** Above the questions: each platform the host connected, and whether its chat is coming in. */
export function ChatStatusStrip({ statuses }: { statuses: ChatConnectorStatus[] }) {
  const shown = statuses.filter((s) => s.state !== 'off' && !(s.state === 'signedOut' && s.problem === null));
  if (shown.length === 0) return null;
  return (
    <ul className="chat-strip">
      {shown.map((status) => (
        <li key={status.platform} data-platform={status.platform}>
          <PlatformBadge source={status.platform} />
          <ConnectorStatusText status={status} />
        </li>
      ))}
    </ul>
  );
}
