import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StudioCallError } from '../ipc/studio';
import { errorMessageKeys } from './errorMessages';

/** Turns anything a call can throw into a message in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) =>
      error instanceof StudioCallError ? t(errorMessageKeys[error.error.code]) : t('errors.internal'),
    [t],
  );
}
