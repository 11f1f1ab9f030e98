import { useTranslation } from 'react-i18next';
import { LiveConnectionTest } from './LiveConnectionTest';
import { SecretField } from './SecretField';
import { Field, TextSetting, type SettingsGroupProps } from './SettingField';

/** Where the show goes: a LiveKit server with an API key, or the shop's token endpoint; the room. */
export function LiveKitFields({
  form,
  secrets,
  onSecretChange,
  saveFirst,
}: SettingsGroupProps & {
  /** Given, Test connection saves the edits first instead of waiting for them to be saved. */
  saveFirst?: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { draft, edit } = form;
  return (
    <>
      <Field settingKey="livekitAuth" invalid={false}>
        {(id) => (
          <select
            id={id}
            value={draft.livekitAuth}
            onChange={(event) => edit('livekitAuth', event.target.value as typeof draft.livekitAuth)}
          >
            <option value="apiKey">{t('settings.livekitAuthApiKey')}</option>
            <option value="tokenEndpoint">{t('settings.livekitAuthEndpoint')}</option>
          </select>
        )}
      </Field>
      {draft.livekitAuth === 'apiKey' ? (
        <>
          <TextSetting form={form} settingKey="livekitUrl" placeholder="wss://live.example.com" />
          <TextSetting form={form} settingKey="livekitApiKey" />
          <SecretField
            name="livekitApiSecret"
            label="settings.livekitApiSecret"
            stored={secrets?.livekitApiSecret ?? false}
            onChange={onSecretChange}
          />
        </>
      ) : (
        <>
          <TextSetting
            form={form}
            settingKey="livekitTokenEndpoint"
            placeholder="https://shop.example.com/livekit/token"
          />
          <SecretField
            name="livekitTokenEndpointKey"
            label="settings.livekitTokenEndpointKey"
            stored={secrets?.livekitTokenEndpointKey ?? false}
            onChange={onSecretChange}
          />
        </>
      )}
      <TextSetting form={form} settingKey="livekitRoom" />
      <LiveConnectionTest
        unsaved={Object.keys(form.patch).some((key) => key.startsWith('livekit'))}
        saveFirst={saveFirst}
      />
    </>
  );
}
