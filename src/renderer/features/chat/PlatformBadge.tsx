import type { CommentSource } from '../../../shared/chat/chatPlatforms';
import { usePlatformName } from './usePlatformName';

/** Each source's mark: a letter on the platform's colour (brand logos are the platforms' own to ship). */
const marks: Record<CommentSource, string> = {
  livekit: '◉',
  youtube: '▶',
  twitch: 'T',
  facebook: 'f',
  bridge: '⇄',
};

/** Where a comment came from, as a small mark with the platform's name for screen readers and hover. */
export function PlatformBadge({ source }: { source: CommentSource }) {
  const name = usePlatformName()(source);
  return (
    <span className={`platform-badge platform-badge--${source}`} role="img" aria-label={name} title={name}>
      {marks[source]}
    </span>
  );
}
