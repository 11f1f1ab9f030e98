import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commentSources, type CommentSource } from '../../../shared/chat/chatPlatforms';
import type { Comment } from '../../../shared/comments/comment';
import { usePlatformName } from './usePlatformName';

export type SourceChoice = CommentSource | 'all';

/** Which platform's comments the panel shows: offered once more than one has sent any. */
export function SourceFilter({
  comments,
  value,
  onChange,
}: {
  comments: readonly Comment[];
  value: SourceChoice;
  onChange(next: SourceChoice): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const name = usePlatformName();
  const present = useMemo(() => {
    const seen = new Set(comments.map((c) => c.source));
    return commentSources.filter((source) => seen.has(source));
  }, [comments]);
  if (present.length < 2 && value === 'all') return null;
  return (
    <div className="field field--inline source-filter">
      <label htmlFor={id}>{t('chat.filter')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SourceChoice)}>
        <option value="all">{t('chat.filterAll')}</option>
        {commentSources.map((source) => (
          <option key={source} value={source} disabled={!present.includes(source) && source !== value}>
            {name(source)}
          </option>
        ))}
      </select>
    </div>
  );
}
