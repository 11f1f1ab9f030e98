import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretStatus } from '../../../shared/secrets/secretNames';
import { overlayLanguages } from '../../../shared/markets/markets';
import { topBitrateMbps, type LiveQuality } from '../../../shared/live/qualityPresets';
import {
  liveVideoCodecs,
  settingsShape,
  translationProviders,
  type TranslationProviderName,
  type LiveVideoCodec,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/settings';
import type { TranslationKey } from '../../i18n/i18n';
import { encodableCodecs } from '../live/encodableCodecs';
import { LiveConnectionTest } from './LiveConnectionTest';
import { TranslationCoverageCheck } from './TranslationCoverageCheck';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { LanguageMenu } from '../language/LanguageMenu';
import { FormatPreview } from './FormatPreview';
import { SecretField } from './SecretField';
import { useSettings } from './SettingsContext';
import { useOutputLock } from '../studio/useOutputLock';
import { settingLabels, type EditableSettingKey } from './settingsFields';
import { SaveStatus, type SaveStatusValue } from './SaveStatus';

type Draft = Pick<Settings, EditableSettingKey>;

const providerLabels: Record<TranslationProviderName, TranslationKey> = {
  apertium: 'settings.providers.apertium',
  libretranslate: 'settings.providers.libretranslate',
  deepl: 'settings.providers.deepl',
  openai: 'settings.providers.openai',
  google: 'settings.providers.google',
  off: 'settings.providers.off',
};
const codecNames: Record<LiveVideoCodec, string> = { h264: 'H.264', vp8: 'VP8', vp9: 'VP9', av1: 'AV1' };
const qualityOptions: [LiveQuality, TranslationKey][] = [
  ['saver', 'settings.quality.saver'],
  ['standard', 'settings.quality.standard'],
  ['high', 'settings.quality.high'],
];

const editableKeys = Object.keys(settingLabels) as EditableSettingKey[];

/** Everything the host configures; checked here with the same schemas main uses. */
export function SettingsPage({ secretsEncrypted }: { secretsEncrypted: boolean }) {
  const { t, i18n } = useTranslation();
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const errorMessage = useErrorMessage();
  const [settings, store] = useSettings();
  const outputLocked = useOutputLock();
  const [draft, setDraft] = useState<Draft>(settings);
  const [status, setStatus] = useState<SaveStatusValue>();
  const [secretStatus, setSecretStatus] = useState<SecretStatus>();
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const codecs = useMemo(() => encodableCodecs(), []);
  // Typed as lines (a new line must stay while typing); saved as the list of non-empty ones.
  const [blocklistText, setBlocklistText] = useState(settings.commentBlocklist.join('\n'));
  const zoneListId = useId();

  const refreshSecrets = useCallback(() => {
    call('secrets:getStatus').then(setSecretStatus, (e: unknown) =>
      setStatus({ kind: 'error', text: errorMessage(e) }),
    );
  }, [errorMessage]);
  useEffect(refreshSecrets, [refreshSecrets]);

  const invalid = editableKeys.filter((key) => !settingsShape[key].safeParse(draft[key]).success);
  const patch: SettingsPatch = Object.fromEntries(
    editableKeys.filter((key) => draft[key] !== settings[key]).map((key) => [key, draft[key]]),
  );

  const edit = <K extends EditableSettingKey>(key: K, value: Draft[K]): void => {
    setStatus(undefined);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const save = (): void => {
    if (invalid.length > 0) return;
    store.update(patch).then(
      () => setStatus({ kind: 'saved', text: t('settings.saved') }),
      (e: unknown) => setStatus({ kind: 'error', text: errorMessage(e) }),
    );
  };

  const text = (
    key:
      | 'hostDisplayName'
      | 'livekitUrl'
      | 'livekitApiKey'
      | 'livekitRoom'
      | 'livekitTokenEndpoint'
      | 'translationUrl'
      | 'translationModel'
      | 'obsAddress',
    placeholder?: string,
  ) => (
    <Field settingKey={key} invalid={invalid.includes(key)}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid.includes(key)}
          value={draft[key]}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => edit(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <main className="settings">
      <h2>{t('settings.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset>
          <legend>{t('settings.general')}</legend>
          <LanguageMenu />
          <FormatPreview settings={settings} />
          {text('hostDisplayName')}
          <Field settingKey="hostTimeZone" invalid={invalid.includes('hostTimeZone')}>
            {(id, describedBy) => (
              <>
                <input
                  id={id}
                  list={zoneListId}
                  aria-describedby={describedBy}
                  aria-invalid={invalid.includes('hostTimeZone')}
                  value={draft.hostTimeZone}
                  spellCheck={false}
                  onChange={(event) => edit('hostTimeZone', event.target.value)}
                />
                <datalist id={zoneListId}>
                  {timeZones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('settings.output')}</legend>
          {outputLocked && (
            <p id="output-locked" className="field__hint">
              {t('settings.outputLocked')}
            </p>
          )}
          <Field settingKey="outputResolution" invalid={false}>
            {(id) => (
              <select
                id={id}
                disabled={outputLocked}
                aria-describedby={outputLocked ? 'output-locked' : undefined}
                value={draft.outputResolution}
                onChange={(event) =>
                  edit('outputResolution', event.target.value as Draft['outputResolution'])
                }
              >
                <option value="1920x1080">1920 × 1080</option>
                <option value="1280x720">1280 × 720</option>
              </select>
            )}
          </Field>
          <Field settingKey="outputFps" invalid={false}>
            {(id) => (
              <select
                id={id}
                disabled={outputLocked}
                aria-describedby={outputLocked ? 'output-locked' : undefined}
                value={draft.outputFps}
                onChange={(event) => edit('outputFps', Number(event.target.value) as Draft['outputFps'])}
              >
                <option value={30}>30</option>
                <option value={60}>60</option>
              </select>
            )}
          </Field>
          <Field settingKey="liveVideoCodec" invalid={false}>
            {(id) => (
              <select
                id={id}
                value={draft.liveVideoCodec}
                onChange={(event) => edit('liveVideoCodec', event.target.value as LiveVideoCodec)}
              >
                {liveVideoCodecs.map((codec) => (
                  <option key={codec} value={codec} disabled={!codecs.has(codec)}>
                    {codecs.has(codec)
                      ? codecNames[codec]
                      : t('settings.codecUnsupported', { codec: codecNames[codec] })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field settingKey="liveQuality" invalid={false}>
            {(id) => (
              <select
                id={id}
                value={draft.liveQuality}
                onChange={(event) => edit('liveQuality', event.target.value as Draft['liveQuality'])}
              >
                {qualityOptions.map(([quality, label]) => (
                  <option key={quality} value={quality}>
                    {t(label, { mbps: topBitrateMbps[draft.outputResolution][quality] })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('settings.livekit')}</legend>
          <Field settingKey="livekitAuth" invalid={false}>
            {(id) => (
              <select
                id={id}
                value={draft.livekitAuth}
                onChange={(event) => edit('livekitAuth', event.target.value as Draft['livekitAuth'])}
              >
                <option value="apiKey">{t('settings.livekitAuthApiKey')}</option>
                <option value="tokenEndpoint">{t('settings.livekitAuthEndpoint')}</option>
              </select>
            )}
          </Field>
          {draft.livekitAuth === 'apiKey' ? (
            <>
              {text('livekitUrl', 'wss://live.example.com')}
              {text('livekitApiKey')}
              <SecretField
                name="livekitApiSecret"
                label="settings.livekitApiSecret"
                stored={secretStatus?.livekitApiSecret ?? false}
                onChange={refreshSecrets}
              />
            </>
          ) : (
            <>
              {text('livekitTokenEndpoint', 'https://shop.example.com/livekit/token')}
              <SecretField
                name="livekitTokenEndpointKey"
                label="settings.livekitTokenEndpointKey"
                stored={secretStatus?.livekitTokenEndpointKey ?? false}
                onChange={refreshSecrets}
              />
            </>
          )}
          {text('livekitRoom')}
          <LiveConnectionTest unsaved={Object.keys(patch).some((key) => key.startsWith('livekit'))} />
        </fieldset>

        <fieldset>
          <legend>{t('settings.translation')}</legend>
          <Field settingKey="translationProvider" invalid={false}>
            {(id) => (
              <select
                id={id}
                value={draft.translationProvider}
                onChange={(event) =>
                  edit('translationProvider', event.target.value as Draft['translationProvider'])
                }
              >
                {translationProviders.map((provider) => (
                  <option key={provider} value={provider}>
                    {t(providerLabels[provider])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('translationUrl', 'http://127.0.0.1:2737')}
          {draft.translationProvider === 'openai' && text('translationModel', 'gpt-4o-mini')}
          <SecretField
            name="translationApiKey"
            label="settings.translationApiKey"
            stored={secretStatus?.translationApiKey ?? false}
            onChange={refreshSecrets}
          />
          <Field settingKey="questionLanguage" invalid={false}>
            {(id) => (
              <select
                id={id}
                value={draft.questionLanguage}
                onChange={(event) =>
                  edit('questionLanguage', event.target.value as Draft['questionLanguage'])
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
            unsaved={Object.keys(patch).some(
              (key) => key.startsWith('translation') || key === 'language' || key === 'questionLanguage',
            )}
          />
          <Field settingKey="commentBlocklist" invalid={invalid.includes('commentBlocklist')}>
            {(id, describedBy) => (
              <textarea
                id={id}
                rows={3}
                aria-describedby={describedBy}
                aria-invalid={invalid.includes('commentBlocklist')}
                value={blocklistText}
                onChange={(event) => {
                  setBlocklistText(event.target.value);
                  edit(
                    'commentBlocklist',
                    event.target.value
                      .split('\n')
                      .map((line) => line.trim())
                      .filter(Boolean),
                  );
                }}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('settings.obs')}</legend>
          {text('obsAddress', 'ws://127.0.0.1:4455')}
          <SecretField
            name="obsPassword"
            label="settings.obsPassword"
            stored={secretStatus?.obsPassword ?? false}
            onChange={refreshSecrets}
          />
        </fieldset>

        {!secretsEncrypted && (
          <p className="notice notice--warning" role="note">
            {t('settings.secretsUnencrypted')}
          </p>
        )}

        <div className="settings__actions">
          <button
            type="submit"
            className="primary"
            disabled={invalid.length > 0 || Object.keys(patch).length === 0}
          >
            {t('settings.save')}
          </button>
          <SaveStatus status={status} />
        </div>
      </form>
    </main>
  );
}

function Field({
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
