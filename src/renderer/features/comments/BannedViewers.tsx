import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BannedViewer } from '../../../shared/comments/comment';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';

/**
 * The viewers the host banned, most recent first, each with Unban: a ban made by mistake, or one
 * that has served its time, is undone here. Read when opened, and again as comments change (a ban
 * hides comments).
 */
export function BannedViewers() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [banned, setBanned] = useState<BannedViewer[]>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!open) return;
    const read = (): void =>
      void call('comments:listBanned').then(setBanned, (e: unknown) => setError(errorMessage(e)));
    read();
    return window.studio.on('comments:onChanged', read);
  }, [open, errorMessage]);
  const unban = (viewer: BannedViewer): void => {
    call('comments:unban', { authorId: viewer.authorId }).then(
      (left) => {
        setBanned(left);
        setNotice(t('comments.unbanned', { name: viewer.name }));
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  // Made once per language: a date format is costly to build.
  const since = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  return (
    <details className="banned-viewers" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('comments.bannedList')}</summary>
      {banned?.length === 0 && <p className="muted">{t('comments.bannedNone')}</p>}
      <ul className="list" aria-label={t('comments.bannedList')}>
        {banned?.map((viewer) => (
          <li key={viewer.authorId} className="banned-viewers__row">
            <bdi>{viewer.name}</bdi>{' '}
            <span className="muted">{t('comments.bannedSince', { date: since.format(viewer.at) })}</span>
            <button type="button" onClick={() => unban(viewer)}>
              {t('comments.unban')}
            </button>
          </li>
        ))}
      </ul>
      {notice && (
        <p role="status" className="save-status--saved">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </details>
  );
}
