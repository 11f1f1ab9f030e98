import { useTranslation } from 'react-i18next';
import type { Poll } from '../../shared/live/showData';

/** The host's poll: vote once while it is open; the running results as the studio counts them. */
export function PollPanel({
  poll,
  voted,
  onVote,
}: {
  poll: Poll;
  voted: number | undefined;
  onVote: (option: number) => void;
}) {
  const { t } = useTranslation('viewer');
  const total = poll.votes.reduce((sum, n) => sum + n, 0);
  return (
    <fieldset className="viewer-poll">
      <legend>{poll.question}</legend>
      {poll.options.map((option, index) => {
        const count = poll.votes[index] ?? 0;
        const share = total > 0 ? Math.round((100 * count) / total) : 0;
        return (
          <div key={index} className="viewer-poll__option">
            <button
              type="button"
              aria-pressed={voted === index}
              disabled={!poll.open || voted !== undefined}
              onClick={() => onVote(index)}
            >
              {option}
            </button>
            <meter min={0} max={100} value={share} aria-label={option} />
            <span>{t('pollVotes', { count })}</span>
          </div>
        );
      })}
      {poll.open && voted === undefined && <p className="viewer-muted">{t('pollVote')}</p>}
      {!poll.open && <p className="viewer-muted">{t('pollClosed')}</p>}
      {poll.open && voted !== undefined && <p role="status">{t('pollVoted')}</p>}
    </fieldset>
  );
}
