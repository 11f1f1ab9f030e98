import { useId, useMemo, type ReactNode } from 'react';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { useTranslation } from 'react-i18next';
import { settingLabels, type EditableSettingKey } from './settingsFields';
import type { SettingsDraft } from './useSettingsDraft';

/** A setting's label, its control, and its error while what is typed is not valid. */
export function Field({
  settingKey,
  invalid,
  children,
}: {
  settingKey: EditableSettingKey;
  invalid: boolean;
  children(id: string, describedBy: string | undefined): ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{t(settingLabels[settingKey].label)}</label>
      {children(id, invalid ? errorId : undefined)}
      {invalid && (
        <span id={errorId} className="field-error">
          {t(settingLabels[settingKey].error)}
        </span>
      )}
    </div>
  );
}

export type TextSettingKey =
  | 'hostDisplayName'
  | 'livekitUrl'
  | 'livekitApiKey'
  | 'livekitRoom'
  | 'livekitTokenEndpoint'
  | 'translationUrl'
  | 'translationModel'
  | 'obsAddress';

/** A setting typed as text (addresses, names, keys). */
export function TextSetting({
  form,
  settingKey,
  placeholder,
}: {
  form: SettingsDraft;
  settingKey: TextSettingKey;
  placeholder?: string;
}) {
  const invalid = form.invalid.includes(settingKey);
  return (
    <Field settingKey={settingKey} invalid={invalid}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={form.draft[settingKey]}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => form.edit(settingKey, event.target.value)}
        />
      )}
    </Field>
  );
}

/** What a group of settings with secret fields gets: the draft, which secrets main holds, and a way to ask again. */
export interface SettingsGroupProps {
  form: SettingsDraft;
  secrets: SecretStatus | undefined;
  onSecretChange(): void;
}

/** The host's time zone: typed, with every IANA zone offered as a suggestion. */
export function TimeZoneSetting({ form }: { form: SettingsDraft }) {
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const listId = useId();
  const invalid = form.invalid.includes('hostTimeZone');
  return (
    <Field settingKey="hostTimeZone" invalid={invalid}>
      {(id, describedBy) => (
        <>
          <input
            id={id}
            list={listId}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={form.draft.hostTimeZone}
            spellCheck={false}
            onChange={(event) => form.edit('hostTimeZone', event.target.value)}
          />
          <datalist id={listId}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
