import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { marketIds } from '../../../shared/markets/markets';
import type { TranslationKey } from '../../i18n/i18n';
import { LanguageMenu } from '../language/LanguageMenu';
import { useMarketName } from '../markets/useMarketName';
import { CheckboxGrid } from '../schedule/CheckboxGrid';
import { LiveKitFields } from '../settings/LiveKitFields';
import { ObsFields } from '../settings/ObsFields';
import { Field, TextSetting, TimeZoneSetting } from '../settings/SettingField';
import { useSettings } from '../settings/SettingsContext';
import { TranslationCoverageCheck } from '../settings/TranslationCoverageCheck';
import { TranslationFields } from '../settings/TranslationFields';
import { useSecretStatus, useSettingsDraft } from '../settings/useSettingsDraft';
import { DevicesStep } from './DevicesStep';
import { SettingsStep } from './SettingsStep';
import { SetupStep } from './SetupStep';

const steps = ['basics', 'devices', 'live', 'translation', 'obs', 'done'] as const;
type Step = (typeof steps)[number];
const stepKeys = {
  basics: 'setup.steps.basics',
  devices: 'setup.steps.devices',
  live: 'setup.steps.live',
  translation: 'setup.steps.translation',
  obs: 'setup.steps.obs',
  done: 'setup.steps.done',
} as const satisfies Record<Step, TranslationKey>;

/**
 * The guided setup on first start (and from Settings): language and clock, camera and
 * microphone, where the show goes, translation with what it will and will not cover, OBS.
 * Every step saves as it goes; skipping keeps what was saved.
 */
export function SetupWizard({ platform }: { platform: string }) {
  const { t } = useTranslation();
  const [, store] = useSettings();
  const [step, setStep] = useState<Step>('basics');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const close = (): void => void store.update({ setupDone: true });
  const go = (offset: -1 | 1) => () => setStep(steps[steps.indexOf(step) + offset] ?? step);

  return (
    <dialog
      ref={dialog}
      className="setup"
      aria-labelledby="setup-title"
      // Escape skips, as the button does: the setup is there again in Settings.
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="setup__header">
        <h2 id="setup-title">{t('setup.title')}</h2>
        <button type="button" onClick={close}>
          {t('setup.skip')}
        </button>
      </header>
      <ol className="setup__progress" aria-label={t('setup.progress')}>
        {steps.map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t(stepKeys[s])}
          </li>
        ))}
      </ol>
      {step === 'basics' && <BasicsStep onNext={go(1)} />}
      {step === 'devices' && <DevicesStep platform={platform} onBack={go(-1)} onNext={go(1)} />}
      {step === 'live' && <LiveStep onBack={go(-1)} onNext={go(1)} />}
      {step === 'translation' && <TranslationStep onBack={go(-1)} onNext={go(1)} />}
      {step === 'obs' && <ObsStep onBack={go(-1)} onNext={go(1)} />}
      {step === 'done' && <DoneStep onBack={go(-1)} onFinish={close} />}
    </dialog>
  );
}

interface StepProps {
  onBack(): void;
  onNext(): void;
}

function BasicsStep({ onNext }: { onNext(): void }) {
  const { t } = useTranslation();
  const form = useSettingsDraft();
  return (
    <SettingsStep form={form} title={t('setup.basics.title')} intro={t('setup.basics.intro')} onNext={onNext}>
      <LanguageMenu />
      <TextSetting form={form} settingKey="hostDisplayName" />
      <TimeZoneSetting form={form} />
    </SettingsStep>
  );
}

/** The step's draft and the secrets main holds, for steps with secret fields. */
function useStepForm() {
  const form = useSettingsDraft();
  const { setStatus } = form;
  const showError = useCallback((text: string) => setStatus({ kind: 'error', text }), [setStatus]);
  const [secrets, refreshSecrets] = useSecretStatus(showError);
  return { form, secrets, refreshSecrets };
}

function LiveStep({ onBack, onNext }: StepProps) {
  const { t } = useTranslation();
  const { form, secrets, refreshSecrets } = useStepForm();
  return (
    <SettingsStep
      form={form}
      title={t('setup.live.title')}
      intro={t('setup.live.intro')}
      onBack={onBack}
      onNext={onNext}
    >
      <LiveKitFields form={form} secrets={secrets} onSecretChange={refreshSecrets} saveFirst={form.save} />
    </SettingsStep>
  );
}

function TranslationStep({ onBack, onNext }: StepProps) {
  const { t } = useTranslation();
  const marketName = useMarketName();
  const { form, secrets, refreshSecrets } = useStepForm();
  return (
    <SettingsStep
      form={form}
      title={t('setup.translation.title')}
      intro={t('setup.translation.intro')}
      onBack={onBack}
      onNext={onNext}
    >
      <Field settingKey="viewerMarkets" invalid={false}>
        {() => (
          <CheckboxGrid
            options={marketIds}
            chosen={form.draft.viewerMarkets}
            label={marketName}
            onChange={(chosen) => form.edit('viewerMarkets', chosen)}
          />
        )}
      </Field>
      <TranslationFields
        form={form}
        secrets={secrets}
        onSecretChange={refreshSecrets}
        markets={form.draft.viewerMarkets}
        saveFirst={form.save}
      />
    </SettingsStep>
  );
}

function ObsStep({ onBack, onNext }: StepProps) {
  const { t } = useTranslation();
  const { form, secrets, refreshSecrets } = useStepForm();
  return (
    <SettingsStep
      form={form}
      title={t('setup.obs.title')}
      intro={t('setup.obs.intro')}
      onBack={onBack}
      onNext={onNext}
    >
      <ObsFields form={form} secrets={secrets} onSecretChange={refreshSecrets} />
    </SettingsStep>
  );
}

/** Before the first show, once more: whose questions will reach the host translated. */
function DoneStep({ onBack, onFinish }: { onBack(): void; onFinish(): void }) {
  const { t } = useTranslation();
  const [settings] = useSettings();
  return (
    <SetupStep
      title={t('setup.done.title')}
      intro={t('setup.done.intro')}
      onBack={onBack}
      onNext={() => {
        onFinish();
        return true;
      }}
      nextLabel={t('setup.finish')}
    >
      <TranslationCoverageCheck markets={settings.viewerMarkets} unsaved={false} checkOnOpen />
    </SetupStep>
  );
}
