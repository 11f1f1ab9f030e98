import { useTranslation } from 'react-i18next';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { PlatformCard } from './PlatformCard';
import { useChatStatuses } from './useChatStatuses';

/** Settings' chat platforms: each one's account details, state and buttons. */
export function ChatPlatformsSettings({
  secrets,
  onSecretChange,
}: {
  secrets: SecretStatus | undefined;
  onSecretChange(): void;
}) {
  const { t } = useTranslation();
  const [statuses, setStatuses] = useChatStatuses();
  return (
    <fieldset className="chat-platforms">
      <legend>{t('chat.title')}</legend>
      <p className="field__hint">{t('chat.intro')}</p>
      {statuses.map((status) => (
        <PlatformCard
          key={status.platform}
          status={status}
          secrets={secrets}
          onSecretChange={onSecretChange}
          onStatuses={setStatuses}
        />
      ))}
    </fieldset>
  );
}
