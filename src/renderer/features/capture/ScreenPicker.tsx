import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenSourceList } from '../../../shared/capture/screenSources';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';

/**
 * The studio's own picker for screen capture: thumbnails of every screen and
 * window the OS offers. Where there is no list (a browser), the browser's own
 * picker takes over; where macOS has not allowed screen recording, it says how.
 */
export function ScreenPicker({ onPick, onCancel }: { onPick(label: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<ScreenSourceList>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    call('capture:listScreenSources').then(
      (result) => {
        if (cancelled) return;
        if (!result.available) onPick('');
        else setList(result);
      },
      (e: unknown) => !cancelled && setError(errorMessage(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [onPick, errorMessage]);

  useEffect(() => {
    if (list || error) dialog.current?.showModal();
  }, [list, error]);

  const denied = list?.access === 'denied' || list?.access === 'restricted';
  const screens = list?.sources.filter((s) => s.kind === 'screen') ?? [];
  const windows = list?.sources.filter((s) => s.kind === 'window') ?? [];

  const grid = (title: string, sources: typeof screens) =>
    sources.length > 0 && (
      <section>
        <h3>{title}</h3>
        <ul className="screen-picker__grid">
          {sources.map((source) => (
            <li key={source.id}>
              <button
                type="button"
                onClick={() =>
                  call('capture:chooseScreenSource', { id: source.id }).then(
                    (chosen) => onPick(chosen.name),
                    (e: unknown) => setError(errorMessage(e)),
                  )
                }
              >
                <img src={source.thumbnail} alt="" width={160} height={90} />
                <bdi>{source.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );

  return (
    <dialog ref={dialog} className="screen-picker" aria-labelledby="screen-picker-title" onCancel={onCancel}>
      <h2 id="screen-picker-title">{t('capture.pickerTitle')}</h2>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {denied && (
        <>
          <p role="alert">{t('capture.accessDenied')}</p>
          <button type="button" onClick={() => void call('capture:openScreenAccessSettings')}>
            {t('capture.openSettings')}
          </button>
        </>
      )}
      {!denied && list && list.sources.length === 0 && <p>{t('capture.noSources')}</p>}
      {grid(t('capture.screens'), screens)}
      {grid(t('capture.windows'), windows)}
      <div className="settings__actions">
        <button type="button" onClick={onCancel}>
          {t('capture.cancel')}
        </button>
      </div>
    </dialog>
  );
}
