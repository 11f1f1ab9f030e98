import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';

/** "Test connection": main checks the saved server and credentials with LiveKit's token validation. */
export function LiveConnectionTest({
  unsaved,
  saveFirst,
}: {
  unsaved: boolean;
  /** Saves what is being edited before testing it (the setup); without it, unsaved edits disable the test. */
  saveFirst?: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [testing, setTesting] = useState(false);
  const blocked = unsaved && !saveFirst;
  const test = async (): Promise<void> => {
    setTesting(true);
    setResult(undefined);
    try {
      if (saveFirst && !(await saveFirst())) return;
      const { serverUrl, latencyMs } = await call('live:testConnection');
      setResult({
        ok: true,
        text: t('settings.connectionOk', { server: isolate(serverUrl), ms: latencyMs }),
      });
    } catch (e: unknown) {
      setResult({ ok: false, text: errorMessage(e) });
    } finally {
      setTesting(false);
    }
  };
  return (
    <div className="field">
      <button type="button" disabled={testing || blocked} onClick={() => void test()}>
        {t(testing ? 'settings.testing' : 'settings.testConnection')}
      </button>
      {blocked && <span className="field__hint">{t('settings.testSaveFirst')}</span>}
      {result && (
        <span
          role={result.ok ? 'status' : 'alert'}
          className={result.ok ? 'save-status--saved' : 'field-error'}
        >
          {result.text}
        </span>
      )}
    </div>
  );
}
