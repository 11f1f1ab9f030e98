import { memo } from 'react';
import type { Comment } from '../../../shared/comments/comment';
import { PlatformBadge } from '../chat/PlatformBadge';
import { BanViewerButton } from './BanViewerButton';

/**
 * One line of the comment stream. Memoised: each new comment shifts the stream by one, and
 * the lines that stay must not render again (under a burst that was a fifth of the window's
 * time, bench:comments).
 */
export const CommentLine = memo(function CommentLine({ comment: c }: { comment: Comment }) {
  return (
    <li aria-label={c.text}>
      <span className="comments__line" title={c.translation ?? c.text}>
        <PlatformBadge source={c.source} />{' '}
        <strong>
          <bdi>{c.author.name}</bdi>
        </strong>{' '}
        <bdi lang={c.language}>{c.text}</bdi>
        {c.translation && (
          <span className="muted">
            {' '}
            — <bdi>{c.translation}</bdi>
          </span>
        )}
      </span>
      <BanViewerButton comment={c} />
    </li>
  );
});
