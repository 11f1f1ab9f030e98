import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { settingsShape, type Settings, type SettingsPatch } from '../../../shared/settings/settings';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { settingLabels, type EditableSettingKey } from './settingsFields';
import type { SaveStatusValue } from './SaveStatus';
import { useSettings } from './SettingsContext';

export type SettingsDraftValues = Pick<Settings, EditableSettingKey>;

const editableKeys = Object.keys(settingLabels) as EditableSettingKey[];

/** Settings are JSON values: lists (markets, blocked words) come back from main as new arrays. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings being edited: checked as typed with the schemas main uses, saved together. The
 * settings page and each step of the setup edit through one of these.
 */
export function useSettingsDraft() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [settings, store] = useSettings();
  const [draft, setDraft] = useState<SettingsDraftValues>(settings);
  const [status, setStatus] = useState<SaveStatusValue>();
  const invalid = editableKeys.filter((key) => !settingsShape[key].safeParse(draft[key]).success);
  const patch: SettingsPatch = Object.fromEntries(
    editableKeys.filter((key) => !sameValue(draft[key], settings[key])).map((key) => [key, draft[key]]),
  );
  const edit = useCallback(<K extends EditableSettingKey>(key: K, value: SettingsDraftValues[K]): void => {
    setStatus(undefined);
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);
  /** Resolves true once main has saved it; false (and says why) when it is invalid or refused. */
  const save = async (): Promise<boolean> => {
    if (invalid.length > 0) return false;
    try {
      await store.update(patch);
      setStatus({ kind: 'saved', text: t('settings.saved') });
      return true;
    } catch (e: unknown) {
      setStatus({ kind: 'error', text: errorMessage(e) });
      return false;
    }
  };
  return { settings, draft, edit, invalid, patch, save, status, setStatus };
}

export type SettingsDraft = ReturnType<typeof useSettingsDraft>;

/** Which secrets main holds (never their values): asked once, then kept current by `secrets:onChanged`. */
export function useSecretStatus(onError: (text: string) => void): [SecretStatus | undefined, () => void] {
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<SecretStatus>();
  const refresh = useCallback(() => {
    call('secrets:getStatus').then(setStatus, (e: unknown) => onError(errorMessage(e)));
  }, [errorMessage, onError]);
  useEffect(refresh, [refresh]);
  useEffect(() => window.studio.on('secrets:onChanged', setStatus), []);
  return [status, refresh];
}
