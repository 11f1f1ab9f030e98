import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { feedUrlProblem, type FeedInfo } from '../../../shared/feeds/feed';
import type { SourceOf } from '../../../shared/scenes/model';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { FeedHealth } from './FeedHealth';
import { FeedsStore } from './feedsStore';

const problemKeys = {
  malformed: 'feeds.errors.malformed',
  protocol: 'feeds.errors.protocol',
  credentials: 'feeds.errors.credentials',
} as const;

/** Where a network camera is and how to log in, with its live health below. */
export function FeedFields({ source }: { source: SourceOf<'networkFeed'> }) {
  const errorMessage = useErrorMessage();
  const id = useId();
  const [store] = useState(() => new FeedsStore());
  useEffect(() => store.follow(), [store]);
  const feeds = useSyncExternalStore(store.feeds.subscribe, store.feeds.getSnapshot);
  const statuses = useSyncExternalStore(store.statuses.subscribe, store.statuses.getSnapshot);
  // Kept here: the form below starts afresh whenever main's copy of the feed changes.
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const { feedId } = source.settings;
  const saved = feeds?.find((f) => f.id === feedId);
  if (!feeds) return null;
  return (
    <FeedForm
      message={message}
      onMessage={setMessage}
      // A fresh form when main's copy changes (saved here or elsewhere).
      key={JSON.stringify(saved ?? null)}
      id={id}
      feedId={feedId}
      name={source.name}
      saved={saved}
      onError={errorMessage}
      status={statuses?.find((s) => s.feedId === feedId)}
    />
  );
}

interface FeedFormProps {
  id: string;
  feedId: string;
  name: string;
  saved: FeedInfo | undefined;
  status: Parameters<typeof FeedHealth>[0]['status'];
  onError(error: unknown): string;
  message: { text: string; error: boolean } | undefined;
  onMessage(message: { text: string; error: boolean } | undefined): void;
}

function FeedForm({
  id,
  feedId,
  name,
  saved,
  status,
  onError,
  message,
  onMessage: setMessage,
}: FeedFormProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(saved?.url ?? '');
  const [transport, setTransport] = useState(saved?.rtspTransport ?? 'tcp');
  const [username, setUsername] = useState(saved?.username ?? '');
  const [password, setPassword] = useState('');
  const problem = url.trim() === '' ? undefined : feedUrlProblem(url);
  const isRtsp = /^rtsps?:/i.test(url.trim());

  const save = (newPassword: string | null): void => {
    setMessage(undefined);
    call('feeds:save', {
      feed: { id: feedId, name: name.trim() || feedId, url: url.trim(), rtspTransport: transport, username },
      password: newPassword,
    }).then(
      () => setMessage({ text: t('feeds.saved'), error: false }),
      (e: unknown) => setMessage({ text: onError(e), error: true }),
    );
  };

  return (
    <form
      className="feed-fields"
      aria-label={t('feeds.label')}
      onSubmit={(event) => {
        event.preventDefault();
        save(password === '' ? null : password);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('feeds.url')}</label>
        <input
          id={`${id}-url`}
          value={url}
          spellCheck={false}
          placeholder="rtsp://192.168.1.20:554/stream1"
          aria-invalid={problem !== undefined}
          onChange={(e) => setUrl(e.target.value)}
        />
        {problem && <p className="field-error">{t(problemKeys[problem])}</p>}
        <p className="field__hint">{t('feeds.urlHint')}</p>
      </div>
      {isRtsp && (
        <label className="inline-field">
          <span>{t('feeds.transport')}</span>
          <select value={transport} onChange={(e) => setTransport(e.target.value === 'udp' ? 'udp' : 'tcp')}>
            <option value="tcp">{t('feeds.tcp')}</option>
            <option value="udp">{t('feeds.udp')}</option>
          </select>
        </label>
      )}
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('feeds.username')}</label>
        <input
          id={`${id}-user`}
          value={username}
          autoComplete="off"
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('feeds.password')}</label>
        <div className="field__row">
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="off"
            value={password}
            placeholder={saved?.hasPassword ? t('secrets.placeholderReplace') : ''}
            onChange={(e) => setPassword(e.target.value)}
          />
          {saved?.hasPassword && (
            <button type="button" onClick={() => save('')}>
              {t('secrets.clear')}
            </button>
          )}
        </div>
      </div>
      <div className="field__row">
        <button type="submit" disabled={url.trim() === '' || problem !== undefined}>
          {t('feeds.save')}
        </button>
        {status && (
          <button
            type="button"
            onClick={() => void call('feeds:reconnect', { feedId }).catch(() => undefined)}
          >
            {t('feeds.reconnectNow')}
          </button>
        )}
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : undefined}>
          {message.text}
        </p>
      )}
      <FeedHealth status={status} saved={saved !== undefined} />
    </form>
  );
}
