import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { saveFile } from '../shell/saveFile';
import { BannedViewers } from './BannedViewers';

/**
 * The comment log as a CSV file, where bridges from other platforms post comments, and the
 * banned viewers. Memoised: it takes nothing from the comments, which change many times a second.
 */
export const CommentTools = memo(function CommentTools() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [ingest, setIngest] = useState<{ url: string; token: string }>();
  const [error, setError] = useState<string>();
  const exportCsv = (): void => {
    call('comments:exportCsv').then(
      ({ text }) =>
        saveFile(
          text,
          'text/csv;charset=utf-8',
          `crosslive-comments-${new Date().toISOString().slice(0, 10)}.csv`,
        ),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  return (
    <div className="comment-tools">
      <button type="button" onClick={exportCsv}>
        {t('comments.exportCsv')}
      </button>
      <details
        onToggle={(e) => {
          if ((e.target as HTMLDetailsElement).open && !ingest)
            call('comments:getIngest').then(setIngest, (err: unknown) => setError(errorMessage(err)));
        }}
      >
        <summary>{t('comments.bridges')}</summary>
        {ingest && (
          <>
            <label>
              {t('comments.bridgeUrl')}
              <input readOnly value={ingest.url} onFocus={(e) => e.target.select()} />
            </label>
            <label>
              {t('comments.bridgeToken')}
              <input readOnly value={ingest.token} onFocus={(e) => e.target.select()} />
            </label>
          </>
        )}
      </details>
      <BannedViewers />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
});
