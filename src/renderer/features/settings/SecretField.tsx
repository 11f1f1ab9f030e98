import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretName } from '../../../shared/secrets/secretNames';
import type { TranslationKey } from '../../i18n/i18n';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';

interface SecretFieldProps {
  name: SecretName;
  label: TranslationKey;
  stored: boolean;
  onChange(): void;
}

/**
 * Write-only: a secret goes to main and is never read back. The field shows
 * only whether one is stored.
 */
export function SecretField({ name, label, stored, onChange }: SecretFieldProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  const run = (action: Promise<unknown>): void => {
    setError(undefined);
    action.then(
      () => {
        setValue('');
        onChange();
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <div className="field__row">
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={stored ? t('secrets.placeholderReplace') : t('secrets.placeholder')}
          onChange={(event) => setValue(event.target.value)}
        />
        <button
          type="button"
          disabled={value.length === 0}
          onClick={() => run(call('secrets:set', { name, value }))}
        >
          {t('secrets.save')}
        </button>
        {stored && (
          <button type="button" onClick={() => run(call('secrets:clear', { name }))}>
            {t('secrets.clear')}
          </button>
        )}
      </div>
      <span className="field__hint" data-secret-status={stored ? 'stored' : 'missing'}>
        {stored ? t('secrets.stored') : t('secrets.notSet')}
      </span>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
