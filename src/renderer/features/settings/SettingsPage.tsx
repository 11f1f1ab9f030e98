import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDockLayout } from '../../../shared/layout/dockLayout';
import { marketIds } from '../../../shared/markets/markets';
import type { LiveQuality } from '../../../shared/live/qualityPresets';
import { topBitrateMbps } from '../../../shared/live/qualityPresets';
import { liveVideoCodecs, type LiveVideoCodec } from '../../../shared/settings/settings';
import { fewCores } from '../../../shared/settings/machineOutput';
import { isolatedSize } from '../../i18n/bidi';
import type { TranslationKey } from '../../i18n/i18n';
import { encodableCodecs } from '../live/encodableCodecs';
import { LanguageMenu } from '../language/LanguageMenu';
import { useMarketName } from '../markets/useMarketName';
import { CheckboxGrid } from '../schedule/CheckboxGrid';
import { useOutputLock } from '../studio/useOutputLock';
import { ChatPlatformsSettings } from '../chat/ChatPlatformsSettings';
import '../../styles/chat.css';
import { FormatPreview } from './FormatPreview';
import { LiveKitFields } from './LiveKitFields';
import { ObsFields } from './ObsFields';
import { SaveStatus } from './SaveStatus';
import { Field, TextSetting, TimeZoneSetting } from './SettingField';
import { useSettings } from './SettingsContext';
import { TranslationFields } from './TranslationFields';
import { useSecretStatus, useSettingsDraft } from './useSettingsDraft';

const codecNames: Record<LiveVideoCodec, string> = { h264: 'H.264', vp8: 'VP8', vp9: 'VP9', av1: 'AV1' };
const qualityOptions: [LiveQuality, TranslationKey][] = [
  ['saver', 'settings.quality.saver'],
  ['standard', 'settings.quality.standard'],
  ['high', 'settings.quality.high'],
];

/** Everything the host configures; checked here with the same schemas main uses. */
export function SettingsPage({ secretsEncrypted }: { secretsEncrypted: boolean }) {
  const { t } = useTranslation();
  const form = useSettingsDraft();
  const { settings, draft, edit, invalid, patch, status, setStatus } = form;
  const [, store] = useSettings();
  const outputLocked = useOutputLock();
  // 1080p costs a small computer the show's frame rate (machineOutput.ts); said where it is chosen.
  const tooLargeHere = draft.outputResolution === '1920x1080' && navigator.hardwareConcurrency <= fewCores;
  const codecs = useMemo(() => encodableCodecs(), []);
  // Typed as lines (a new line must stay while typing); saved as the list of non-empty ones.
  const [blocklistText, setBlocklistText] = useState(settings.commentBlocklist.join('\n'));
  const showError = useCallback((text: string) => setStatus({ kind: 'error', text }), [setStatus]);
  const [secretStatus, refreshSecrets] = useSecretStatus(showError);
  const marketName = useMarketName();

  return (
    <main className="settings">
      <h2>{t('settings.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <fieldset>
          <legend>{t('settings.general')}</legend>
          <LanguageMenu />
          <FormatPreview settings={settings} />
          <TextSetting form={form} settingKey="hostDisplayName" />
          <TimeZoneSetting form={form} />
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
                aria-describedby={
                  [outputLocked && 'output-locked', tooLargeHere && 'output-few-cores']
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                value={draft.outputResolution}
                onChange={(event) =>
                  edit('outputResolution', event.target.value as typeof draft.outputResolution)
                }
              >
                {/* Isolated, or right-to-left text shows 1080 × 1920. */}
                <option value="1920x1080">{isolatedSize('1920x1080')}</option>
                <option value="1280x720">{isolatedSize('1280x720')}</option>
              </select>
            )}
          </Field>
          {tooLargeHere && (
            <p id="output-few-cores" className="field__hint">
              {t('settings.outputFewCores', {
                cores: navigator.hardwareConcurrency,
                large: isolatedSize('1920x1080'),
                small: isolatedSize('1280x720'),
              })}
            </p>
          )}
          <Field settingKey="outputFps" invalid={false}>
            {(id) => (
              <select
                id={id}
                disabled={outputLocked}
                aria-describedby={outputLocked ? 'output-locked' : undefined}
                value={draft.outputFps}
                onChange={(event) => edit('outputFps', Number(event.target.value) as typeof draft.outputFps)}
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
                onChange={(event) => edit('liveQuality', event.target.value as LiveQuality)}
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
          <LiveKitFields form={form} secrets={secretStatus} onSecretChange={refreshSecrets} />
        </fieldset>

        <fieldset>
          <legend>{t('settings.translation')}</legend>
          <Field settingKey="viewerMarkets" invalid={false}>
            {() => (
              <CheckboxGrid
                options={marketIds}
                chosen={draft.viewerMarkets}
                label={marketName}
                onChange={(chosen) => edit('viewerMarkets', chosen)}
              />
            )}
          </Field>
          <TranslationFields
            form={form}
            secrets={secretStatus}
            onSecretChange={refreshSecrets}
            markets={settings.viewerMarkets}
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
          <ObsFields form={form} secrets={secretStatus} onSecretChange={refreshSecrets} />
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
          <button
            type="button"
            className="settings__setup"
            onClick={() => void store.update({ studioLayout: defaultDockLayout })}
          >
            {t('layout.reset')}
          </button>
          <button type="button" onClick={() => void store.update({ setupDone: false })}>
            {t('setup.openAgain')}
          </button>
        </div>
      </form>
      {/* Outside the form: each platform saves and connects with its own buttons. */}
      <ChatPlatformsSettings secrets={secretStatus} onSecretChange={refreshSecrets} />
    </main>
  );
}
