import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../shared/live/showData';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { DockControls } from '../layout/DockControls';

/** The host's poll: ask, watch the votes come in (on screen through a poll source), close, take off. */
export function PollPanel() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [poll, setPoll] = useState<Poll | null>(null);
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    void call('polls:get').then(setPoll);
    return window.studio.on('polls:onChanged', setPoll);
  }, []);
  const run = (task: Promise<unknown>): void => {
    setError(undefined);
    task.catch((e: unknown) => setError(errorMessage(e)));
  };
  const choices = options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  const start = (event: FormEvent): void => {
    event.preventDefault();
    run(
      call('polls:create', { question: question.trim(), options: choices }).then(() => {
        setQuestion('');
        setOptions('');
      }),
    );
  };
  const total = poll ? poll.votes.reduce((sum, n) => sum + n, 0) : 0;

  return (
    <section className="panel" aria-labelledby="poll-heading">
      <div className="panel__header">
        <h2 id="poll-heading">{t('polls.title')}</h2>
        <DockControls title={t('polls.title')} />
      </div>
      {poll ? (
        <>
          <p>
            <strong>
              <bdi>{poll.question}</bdi>
            </strong>{' '}
            {!poll.open && <span className="chip">{t('polls.closed')}</span>}
          </p>
          <ul className="list" aria-label={t('polls.results')}>
            {poll.options.map((option, i) => (
              <li key={i}>
                <bdi>{option}</bdi>: {t('polls.votes', { count: poll.votes[i] ?? 0 })}
              </li>
            ))}
          </ul>
          <p className="muted">{t('polls.total', { count: total })}</p>
          {poll.open ? (
            <button type="button" onClick={() => run(call('polls:close'))}>
              {t('polls.close')}
            </button>
          ) : (
            <button type="button" onClick={() => run(call('polls:clear'))}>
              {t('polls.clear')}
            </button>
          )}
        </>
      ) : (
        <form className="poll-form" onSubmit={start}>
          <label>
            {t('polls.question')}
            <input value={question} maxLength={200} onChange={(e) => setQuestion(e.target.value)} />
          </label>
          <label>
            {t('polls.options')}
            <textarea value={options} rows={3} onChange={(e) => setOptions(e.target.value)} />
          </label>
          <button type="submit" disabled={!question.trim() || choices.length < 2 || choices.length > 6}>
            {t('polls.start')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
