import { useTranslation } from 'react-i18next';
import type { ChatConnectorStatus } from '../../../shared/chat/chatConnectorStatus';

/** YouTube's daily quota: what is spent, how often chat is read to make the rest last, when it resets. */
export function QuotaLine({ quota }: { quota: NonNullable<ChatConnectorStatus['quota']> }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const time = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div className="quota-line">
      <meter
        min={0}
        max={quota.limit}
        value={quota.used}
        low={quota.limit * 0.7}
        high={quota.limit * 0.9}
        optimum={0}
      >
        {number.format(quota.used)}
      </meter>
      <span className="muted">
        {t('chat.quota', {
          used: number.format(quota.used),
          limit: number.format(quota.limit),
          seconds: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
            quota.pollMs / 1000,
          ),
          time: time.format(quota.resetsAt),
        })}
      </span>
    </div>
  );
}
