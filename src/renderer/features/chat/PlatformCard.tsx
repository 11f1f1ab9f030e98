import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatConnectorStatus } from '../../../shared/chat/chatConnectorStatus';
import {
  chatPlatformSettingsSchema,
  type ChatPlatform,
  type ChatPlatformSettings,
} from '../../../shared/chat/chatPlatforms';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { useSettings } from '../settings/SettingsContext';
import { ConnectorStatusText } from './ConnectorStatusText';
import { PlatformBadge } from './PlatformBadge';
import { PlatformSetup } from './PlatformSetup';
import { QuotaLine } from './QuotaLine';
import { usePlatformName } from './usePlatformName';

interface PlatformCardProps {
  status: ChatConnectorStatus;
  secrets: SecretStatus | undefined;
  onSecretChange(): void;
  onStatuses(statuses: ChatConnectorStatus[]): void;
}

/** One platform: its account details, whether it reads chat now and why not, and its buttons. */
export function PlatformCard({ status, secrets, onSecretChange, onStatuses }: PlatformCardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [settings, store] = useSettings();
  const platform: ChatPlatform = status.platform;
  const [draft, setDraft] = useState<ChatPlatformSettings[ChatPlatform]>(settings.chatPlatforms[platform]);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const valid = chatPlatformSettingsSchema.shape[platform].safeParse(draft).success;
  const name = usePlatformName()(platform);

  const save = async (): Promise<void> => {
    const current = settings.chatPlatforms;
    // `enabled` is the connectors' to keep: the form saves only what the host typed.
    await store.update({
      chatPlatforms: { ...current, [platform]: { ...draft, enabled: current[platform].enabled } },
    });
  };
  const act = (action: () => Promise<ChatConnectorStatus[]>) => () => {
    setError(undefined);
    setSaved(false);
    action().then(onStatuses, (e: unknown) => setError(errorMessage(e)));
  };
  const signs = platform !== 'facebook';
  const live = status.state !== 'off' && status.state !== 'signedOut';

  return (
    <section className="platform-card" aria-label={name} data-platform={platform}>
      <h4>
        <PlatformBadge source={platform} /> {name}
      </h4>
      <p className="platform-card__status" aria-live="polite">
        <ConnectorStatusText status={status} />
        {status.account && <bdi className="platform-card__account">{status.account}</bdi>}
        {(status.received > 0 || status.sent > 0) && (
          <span className="muted">{t('chat.counts', { received: status.received, sent: status.sent })}</span>
        )}
      </p>
      {status.quota && <QuotaLine quota={status.quota} />}
      {status.deviceCode && (
        <div className="platform-card__code">
          <p>{t('chat.deviceCode', { address: status.deviceCode.verificationUri })}</p>
          <p className="platform-card__user-code" dir="ltr">
            {status.deviceCode.userCode}
          </p>
          <button
            type="button"
            onClick={() => void call('shell:openExternal', { url: status.deviceCode?.verificationUri ?? '' })}
          >
            {t('chat.openActivation')}
          </button>
        </div>
      )}
      <PlatformSetup
        platform={platform}
        draft={draft}
        onChange={(next) => {
          setSaved(false);
          setDraft(next);
        }}
        secrets={secrets}
        onSecretChange={onSecretChange}
      />
      <div className="platform-card__actions">
        <button
          data-action="save"
          type="button"
          disabled={!valid}
          onClick={() => {
            setError(undefined);
            save().then(
              () => setSaved(true),
              (e: unknown) => setError(errorMessage(e)),
            );
          }}
        >
          {t('chat.save')}
        </button>
        {signs && (
          <button
            data-action="sign-in"
            type="button"
            disabled={!valid}
            onClick={act(async () => {
              await save();
              return call('chat:signIn', { platform });
            })}
          >
            {t('chat.signIn')}
          </button>
        )}
        {live ? (
          <button
            data-action="disconnect"
            type="button"
            onClick={act(() => call('chat:disconnect', { platform }))}
          >
            {t('chat.disconnect')}
          </button>
        ) : (
          <button
            data-action="connect"
            type="button"
            disabled={!valid}
            onClick={act(async () => {
              await save();
              return call('chat:connect', { platform });
            })}
          >
            {t('chat.connect')}
          </button>
        )}
        {signs && status.state !== 'signedOut' && (
          <button
            data-action="sign-out"
            type="button"
            onClick={act(() => call('chat:signOut', { platform }))}
          >
            {t('chat.signOut')}
          </button>
        )}
      </div>
      {saved && <p className="save-status--saved">{t('chat.saved')}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
