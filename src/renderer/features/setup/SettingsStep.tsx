import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupStep } from './SetupStep';
import type { SettingsDraft } from '../settings/useSettingsDraft';

/** A setup page of settings: Next saves them (and stays, saying why, when main refuses). */
export function SettingsStep({
  form,
  title,
  intro,
  onBack,
  onNext,
  nextLabel,
  children,
}: {
  form: SettingsDraft;
  title: string;
  intro: string;
  onBack?: () => void;
  onNext(): void;
  nextLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const next = async (): Promise<boolean> => {
    if (form.invalid.length > 0) {
      form.setStatus({ kind: 'error', text: t('setup.fixFields') });
      return false;
    }
    const saved = Object.keys(form.patch).length === 0 || (await form.save());
    if (saved) onNext();
    return saved;
  };
  return (
    <SetupStep
      title={title}
      intro={intro}
      status={form.status}
      onBack={onBack}
      onNext={next}
      nextLabel={nextLabel}
    >
      {children}
    </SetupStep>
  );
}
