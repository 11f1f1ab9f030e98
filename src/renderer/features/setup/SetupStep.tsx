import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatus, type SaveStatusValue } from '../settings/SaveStatus';

/** One page of the setup: what it is for, its fields, and Back / Next (which saves first). */
export function SetupStep({
  title,
  intro,
  children,
  status,
  onBack,
  onNext,
  nextLabel,
}: {
  title: string;
  intro: string;
  children: ReactNode;
  status?: SaveStatusValue;
  onBack?: () => void;
  /** Saves what the step holds; the setup moves on once it resolves true. */
  onNext(): Promise<boolean> | boolean;
  nextLabel?: string;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void onNext();
  };
  return (
    <form className="setup__step" onSubmit={submit} aria-labelledby="setup-step-title">
      <h3 id="setup-step-title">{title}</h3>
      <p className="setup__intro">{intro}</p>
      <div className="setup__fields">{children}</div>
      <div className="setup__actions">
        <SaveStatus status={status} />
        {onBack && (
          <button type="button" onClick={onBack}>
            {t('setup.back')}
          </button>
        )}
        <button type="submit" className="primary">
          {nextLabel ?? t('setup.next')}
        </button>
      </div>
    </form>
  );
}
