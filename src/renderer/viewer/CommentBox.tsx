import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Longer comments are refused by the studio's moderation; the box stops there too. */
const maxCommentLength = 500;

/** A question or comment to the host, in the viewer's own language; kept in the box until it is sent. */
export function CommentBox({ onSend }: { onSend: (text: string) => Promise<void> }) {
  const { t } = useTranslation('viewer');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const comment = text.trim();
    if (!comment) return;
    setStatus('sending');
    onSend(comment).then(
      () => {
        setText('');
        setStatus('sent');
      },
      () => setStatus('failed'),
    );
  };
  return (
    <form className="viewer-comment" onSubmit={submit}>
      <label htmlFor="viewer-comment">{t('askLabel')}</label>
      <div>
        <input
          dir="auto"
          id="viewer-comment"
          value={text}
          maxLength={maxCommentLength}
          placeholder={t('askPlaceholder')}
          onChange={(e) => {
            setText(e.target.value);
            setStatus('idle');
          }}
        />
        <button type="submit" disabled={status === 'sending' || text.trim() === ''}>
          {t('send')}
        </button>
      </div>
      {status === 'sent' && <p role="status">{t('sent')}</p>}
      {status === 'failed' && <p role="alert">{t('sendFailed')}</p>}
    </form>
  );
}
