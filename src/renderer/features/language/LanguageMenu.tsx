import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, uiLanguages } from '../../../shared/i18n/languages';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { useSettings } from '../settings/SettingsContext';

/** Switches the UI language at once and remembers the choice in settings. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [settings, store] = useSettings();
  const [error, setError] = useState<string>();

  return (
    <label className="language-menu">
      <span>{t('nav.language')}</span>
      <select
        value={settings.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isUiLanguage(language)) return;
          setError(undefined);
          store.update({ language }).catch((e: unknown) => setError(errorMessage(e)));
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.nativeName}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </label>
  );
}
