import { useTranslation } from 'react-i18next';
import type {
  ChatConnectorStatus,
  ConnectorProblem,
  ConnectorState,
} from '../../../shared/chat/chatConnectorStatus';
import type { TranslationKey } from '../../i18n/i18n';

const stateKeys = {
  off: 'chat.state.off',
  signedOut: 'chat.state.signedOut',
  signingIn: 'chat.state.signingIn',
  connecting: 'chat.state.connecting',
  listening: 'chat.state.listening',
  refused: 'chat.state.refused',
} as const satisfies Record<ConnectorState, TranslationKey>;

export const problemKeys = {
  notConfigured: 'chat.problem.notConfigured',
  tokenExpired: 'chat.problem.tokenExpired',
  signInDenied: 'chat.problem.signInDenied',
  signInTimedOut: 'chat.problem.signInTimedOut',
  forbidden: 'chat.problem.forbidden',
  quotaExhausted: 'chat.problem.quotaExhausted',
  rateLimited: 'chat.problem.rateLimited',
  chatDisabled: 'chat.problem.chatDisabled',
  chatEnded: 'chat.problem.chatEnded',
  notLive: 'chat.problem.notLive',
  unreachable: 'chat.problem.unreachable',
} as const satisfies Record<ConnectorProblem, TranslationKey>;

const tone = (status: ChatConnectorStatus) =>
  status.state === 'listening' ? 'ok' : status.state === 'refused' || status.problem ? 'warning' : 'idle';

/** The connector's state in words, why it was refused and when it tries again. */
export function ConnectorStatusText({ status }: { status: ChatConnectorStatus }) {
  const { t, i18n } = useTranslation();
  const time = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
      ms,
    );
  return (
    <span className="connector-status" data-state={status.state}>
      <span className={`chip chip--${tone(status)}`}>{t(stateKeys[status.state])}</span>
      {status.problem && <span className="connector-status__problem">{t(problemKeys[status.problem])}</span>}
      {status.retryAt !== null && status.state === 'refused' && (
        <span className="muted">{t('chat.retryAt', { time: time(status.retryAt) })}</span>
      )}
    </span>
  );
}
