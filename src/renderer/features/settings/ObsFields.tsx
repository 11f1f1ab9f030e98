import { useTranslation } from 'react-i18next';
import { SecretField } from './SecretField';
import { TextSetting, type SettingsGroupProps } from './SettingField';

/** OBS Studio, for producers who switch scenes there: whether it is used, where, and its password. */
export function ObsFields({ form, secrets, onSecretChange }: SettingsGroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field field--check">
        <input
          type="checkbox"
          checked={form.draft.obsEnabled}
          onChange={(event) => form.edit('obsEnabled', event.target.checked)}
        />
        {t('settings.obsEnabled')}
      </label>
      {form.draft.obsEnabled && (
        <>
          <TextSetting form={form} settingKey="obsAddress" placeholder="ws://127.0.0.1:4455" />
          <SecretField
            name="obsPassword"
            label="settings.obsPassword"
            stored={secrets?.obsPassword ?? false}
            onChange={onSecretChange}
          />
        </>
      )}
    </>
  );
}
