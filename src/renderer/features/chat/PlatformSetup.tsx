import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatPlatform, ChatPlatformSettings } from '../../../shared/chat/chatPlatforms';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { SecretField } from '../settings/SecretField';
import { MarketField, TextField } from './PlatformFields';

type Draft = ChatPlatformSettings[ChatPlatform];

interface PlatformSetupProps {
  platform: ChatPlatform;
  draft: Draft;
  onChange(next: Draft): void;
  secrets: SecretStatus | undefined;
  onSecretChange(): void;
}

/** What each platform needs to know: the host's app registration, the channel or Page, the market. */
export function PlatformSetup({ platform, draft, onChange, secrets, onSecretChange }: PlatformSetupProps) {
  const { t } = useTranslation();
  const quotaId = useId();
  if (platform === 'youtube' && 'dailyQuota' in draft) {
    return (
      <div className="platform-card__fields">
        <TextField
          label="chat.field.clientId"
          hint="chat.hint.youtubeClient"
          value={draft.clientId}
          onChange={(clientId) => onChange({ ...draft, clientId })}
        />
        <SecretField
          name="youtubeClientSecret"
          label="chat.field.clientSecret"
          stored={secrets?.youtubeClientSecret ?? false}
          onChange={onSecretChange}
        />
        <div className="field">
          <label htmlFor={quotaId}>{t('chat.field.dailyQuota')}</label>
          <input
            id={quotaId}
            type="number"
            min={100}
            step={100}
            value={draft.dailyQuota}
            onChange={(event) => onChange({ ...draft, dailyQuota: Number(event.target.value) })}
          />
        </div>
        <MarketField draft={draft} onChange={onChange} />
      </div>
    );
  }
  if (platform === 'twitch' && 'channel' in draft) {
    return (
      <div className="platform-card__fields">
        <TextField
          label="chat.field.clientId"
          hint="chat.hint.twitchClient"
          value={draft.clientId}
          onChange={(clientId) => onChange({ ...draft, clientId })}
        />
        <TextField
          label="chat.field.channel"
          value={draft.channel}
          invalid={!/^\w*$/.test(draft.channel)}
          onChange={(channel) => onChange({ ...draft, channel })}
        />
        <MarketField draft={draft} onChange={onChange} />
      </div>
    );
  }
  if (platform === 'facebook' && 'pageId' in draft) {
    return (
      <div className="platform-card__fields">
        <TextField
          label="chat.field.pageId"
          value={draft.pageId}
          invalid={!/^\d*$/.test(draft.pageId)}
          onChange={(pageId) => onChange({ ...draft, pageId })}
        />
        <SecretField
          name="facebookPageToken"
          label="chat.field.pageToken"
          stored={secrets?.facebookPageToken ?? false}
          onChange={onSecretChange}
        />
        <TextField
          label="chat.field.liveVideoId"
          value={draft.liveVideoId}
          invalid={!/^\d*$/.test(draft.liveVideoId)}
          onChange={(liveVideoId) => onChange({ ...draft, liveVideoId })}
        />
        <MarketField draft={draft} onChange={onChange} />
      </div>
    );
  }
  return null;
}
