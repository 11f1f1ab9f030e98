import { useCallback, useState } from 'react';
import { useErrorMessage } from '../../i18n/useErrorMessage';

/** Runs OBS actions and keeps the last failure as a translated message. */
export function useObsAction(): { error: string | undefined; run(action: () => Promise<unknown>): void } {
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string>();
  const run = useCallback(
    (action: () => Promise<unknown>) => {
      setError(undefined);
      action().catch((e: unknown) => setError(errorMessage(e)));
    },
    [errorMessage],
  );
  return { error, run };
}
