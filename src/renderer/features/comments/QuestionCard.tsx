import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, ReplyResult } from '../../../shared/comments/comment';
import type { TranslationFailure } from '../../../shared/comments/translationFailure';
import type { TranslationKey } from '../../i18n/i18n';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { marketById, marketIds, type MarketId } from '../../../shared/markets/markets';
import { useMarketName } from '../markets/useMarketName';
import { BanViewerButton } from './BanViewerButton';
import { PlatformBadge } from '../chat/PlatformBadge';

const knownMarket = (id: string | undefined): id is MarketId => marketIds.includes(id as MarketId);

/** Why a question reached the host untranslated, in words. */
const untranslatedKeys = {
  noPair: 'comments.untranslatedNoPair',
  unreachable: 'comments.untranslatedUnreachable',
  keyRefused: 'comments.untranslatedKeyRefused',
  timedOut: 'comments.untranslatedTimedOut',
} as const satisfies Record<TranslationFailure, TranslationKey>;

interface QuestionCardProps {
  comment: Comment;
  /** How many viewers asked the same. */
  count: number;
  pinned: boolean;
  /** The question the queue's keys act on (useQueueHotkeys): shown in full, the others one line each. */
  focused: boolean;
  /** Makes it the one the keys act on: the host clicked or tabbed into it. */
  onChoose(commentId: string): void;
  /** Puts this question on screen, or (undefined) takes it off. */
  onPin(comment: Comment | undefined): void;
  onUpdate(comment: Comment): void;
  onReply(reply: ReplyResult): Promise<void>;
  /** Said once the card may be gone (an answered question leaves the queue). */
  onNotice(text: string): void;
  /** The product on the program, which drafts answer from. */
  productId: string | null;
}

/** One question: as asked and in the host's words, on screen or not, answered by a reply in the viewer's language. */
/** Memoised: a burst of new comments re-renders the panel, not every card in it. */
export const QuestionCard = memo(function QuestionCard({
  comment,
  count,
  pinned,
  focused,
  onChoose,
  onPin,
  onUpdate,
  onReply,
  onNotice,
  productId,
}: QuestionCardProps) {
  const { t } = useTranslation();
  const marketName = useMarketName();
  const errorMessage = useErrorMessage();
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  /** Set while the text is an approved-to-be draft in the viewer's language: sent as it is. */
  const [draft, setDraft] = useState<{ language: string; source: 'ai' | 'facts' }>();

  const act = (task: Promise<Comment>): void => {
    task.then(onUpdate, (e: unknown) => setError(errorMessage(e)));
  };
  const send = (toEveryone: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    call('comments:reply', { commentId: comment.id, text, toEveryone, language: draft?.language })
      .then(async (reply) => {
        await onReply(reply);
        setText('');
        setDraft(undefined);
        setReplying(false);
        onNotice(t('comments.sent', { language: reply.language }));
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  const makeDraft = (): void => {
    if (!productId) return;
    call('comments:draft', { commentId: comment.id, productId }).then(
      (drafted) => {
        if (!drafted) return setError(t('comments.noDraft'));
        setReplying(true);
        setText(drafted.text);
        setDraft({ language: drafted.language, source: drafted.source });
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const failure =
    comment.translationFailed &&
    t(comment.translationFailure ? untranslatedKeys[comment.translationFailure] : 'comments.untranslated');
  const marketId = knownMarket(comment.market) ? comment.market : undefined;
  const open = focused || replying || error !== undefined;

  return (
    <li
      className={`question${focused ? ' question--focused' : ''}${open ? ' question--open' : ''}`}
      aria-label={comment.text}
      aria-current={focused || undefined}
      data-comment-id={comment.id}
      // Reached by Tab or a click, which opens the card and makes it the one the queue's keys act on.
      tabIndex={0}
      onFocus={() => onChoose(comment.id)}
    >
      {/* The compact line: who, from where, what, in the host's words, how many asked. */}
      <div className="question__line" title={comment.translation ?? comment.text}>
        <PlatformBadge source={comment.source} />
        <bdi className="question__author">{comment.author.name}</bdi>
        <span className="chip question__origin" title={marketId && marketName(marketId)}>
          {marketId ? `${marketById(marketId).country} · ${comment.language}` : comment.language}
        </span>
        <bdi lang={comment.language} className="question__text">
          {comment.text}
        </bdi>
        {comment.translation && <bdi className="question__gloss">{comment.translation}</bdi>}
        {failure && (
          <span className="question__flag" role="img" aria-label={failure} title={failure}>
            !
          </span>
        )}
        {count > 1 && <span className="chip">{t('comments.count', { count })}</span>}
      </div>
      <div className="question__details">
        <p lang={comment.language} dir="auto" className="question__original">
          {comment.text}
        </p>
        {comment.translation && (
          <p dir="auto" className="question__translation">
            {comment.translation}
          </p>
        )}
        {comment.translationPending && <p className="field__hint">{t('comments.translating')}</p>}
        {failure && <p className="chip chip--warning">{failure}</p>}
        <div className="question__actions">
          <button
            type="button"
            data-action="pin"
            aria-pressed={pinned}
            onClick={() => onPin(pinned ? undefined : comment)}
          >
            {t(pinned ? 'comments.unpin' : 'comments.pin')}
          </button>
          <button type="button" data-action="reply" onClick={() => setReplying(!replying)}>
            {t('comments.reply')}
          </button>
          <button type="button" disabled={!productId} onClick={makeDraft}>
            {t('comments.draft')}
          </button>
          <button
            type="button"
            data-action="answered"
            onClick={() => act(call('comments:setAnswered', { id: comment.id, answered: true }))}
          >
            {t('comments.answered')}
          </button>
          <button type="button" onClick={() => act(call('comments:hide', { id: comment.id }))}>
            {t('comments.hide')}
          </button>
          <BanViewerButton comment={comment} />
        </div>
        {replying && (
          <form onSubmit={send(false)}>
            {draft && (
              <p className="field__hint">
                {t(draft.source === 'ai' ? 'comments.draftAi' : 'comments.draftFacts', {
                  language: draft.language,
                })}{' '}
                <button
                  type="button"
                  onClick={() => {
                    setText('');
                    setDraft(undefined);
                  }}
                >
                  {t('comments.discard')}
                </button>
              </p>
            )}
            <label>
              {t('comments.replyLabel')}
              <textarea
                // Opened from the R key too: the host types the answer straight away.
                autoFocus
                value={text}
                maxLength={1000}
                lang={draft?.language}
                dir="auto"
                onChange={(e) => setText(e.target.value)}
              />
            </label>
            <button type="submit">{t('comments.sendToAsker')}</button>
            <button type="button" onClick={send(true)}>
              {t('comments.sendToAll')}
            </button>
          </form>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
    </li>
  );
});
