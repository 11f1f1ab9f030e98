import { useTranslation } from 'react-i18next';
import { overlayLanguages, type MarketId } from '../../../shared/markets/markets';
import { translationProviders, type TranslationProviderName } from '../../../shared/settings/settings';
import type { TranslationKey } from '../../i18n/i18n';
import { SecretField } from './SecretField';
import { Field, TextSetting, type SettingsGroupProps } from './SettingField';
import { TranslationCoverageCheck } from './TranslationCoverageCheck';

const providerLabels: Record<TranslationProviderName, TranslationKey> = {
  apertium: 'settings.providers.apertium',
  libretranslate: 'settings.providers.libretranslate',
  deepl: 'settings.providers.deepl',
  openai: 'settings.providers.openai',
  google: 'settings.providers.google',
  off: 'settings.providers.off',
};

/** The comment translation service, its key, the language questions arrive in, and its coverage. */
export function TranslationFields({
  form,
  secrets,
  onSecretChange,
  markets,
  saveFirst,
}: SettingsGroupProps & {
  /** The markets the host sells to, for the coverage check to speak of (all when empty). */
  markets: readonly MarketId[];
  /** Given, the coverage check saves the edits first instead of waiting for them to be saved. */
  saveFirst?: () => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const { draft, edit } = form;
  return (
    <>
      <Field settingKey="translationProvider" invalid={false}>
        {(id) => (
          <select
            id={id}
            value={draft.translationProvider}
            onChange={(event) => edit('translationProvider', event.target.value as TranslationProviderName)}
          >
            {translationProviders.map((provider) => (
              <option key={provider} value={provider}>
                {t(providerLabels[provider])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextSetting form={form} settingKey="translationUrl" placeholder="http://127.0.0.1:2737" />
      {draft.translationProvider === 'openai' && (
        <TextSetting form={form} settingKey="translationModel" placeholder="gpt-4o-mini" />
      )}
      <SecretField
        name="translationApiKey"
        label="settings.translationApiKey"
        stored={secrets?.translationApiKey ?? false}
        onChange={onSecretChange}
      />
      <Field settingKey="questionLanguage" invalid={false}>
        {(id) => (
          <select
            id={id}
            value={draft.questionLanguage}
            onChange={(event) =>
              edit('questionLanguage', event.target.value as typeof draft.questionLanguage)
            }
          >
            <option value="ui">{t('settings.questionLanguageUi')}</option>
            {overlayLanguages.map((language) => (
              <option key={language} value={language}>
                {languageNames.of(language) ?? language}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TranslationCoverageCheck
        markets={markets}
        saveFirst={saveFirst}
        unsaved={Object.keys(form.patch).some(
          (key) =>
            key.startsWith('translation') ||
            key === 'language' ||
            key === 'questionLanguage' ||
            key === 'viewerMarkets',
        )}
      />
    </>
  );
}
