import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/comments/comment';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';

/**
 * Bans a comment's author after the host confirms: everything they wrote is hidden, and what they
 * write next is dropped, across reloads and restarts. The hidden comments reach the panel as
 * changes, so the card and the stream line leave on their own.
 */
export function BanViewerButton({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const ban = (): void => {
    call('comments:ban', { authorId: comment.author.id }).then(
      () => setConfirming(false),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  if (!confirming) {
    return (
      <button type="button" className="ban" onClick={() => setConfirming(true)}>
        {t('comments.ban')}
      </button>
    );
  }
  return (
    <span role="group" aria-label={t('comments.ban')} className="ban ban--confirming">
      {t('comments.banConfirm', { name: comment.author.name })}{' '}
      <button type="button" className="danger" onClick={ban}>
        {t('comments.banYes')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {t('comments.banNo')}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
