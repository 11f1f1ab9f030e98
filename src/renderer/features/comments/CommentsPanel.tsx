import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, ReplyResult } from '../../../shared/comments/comment';
import { groupQuestions } from '../../../shared/comments/questionGroups';
import type { PinnedQuestion } from '../../media/sources/runtime';
import { useScenes, useStudio } from '../studio/StudioContext';
import { featuredProductId } from '../../../shared/scenes/featured';
import { CommentsStore } from './commentsStore';
import { CommentTools } from './CommentTools';
import { CommentLine } from './CommentLine';
import { QuestionCard } from './QuestionCard';
import { useQueueHotkeys } from './useQueueHotkeys';
import { DockControls } from '../layout/DockControls';
import { ChatStatusStrip } from '../chat/ChatStatusStrip';
import { SourceFilter, type SourceChoice } from '../chat/SourceFilter';
import { useChatStatuses } from '../chat/useChatStatuses';
import '../../styles/chat.css';

/**
 * Viewer questions, grouped when they ask the same thing and sorted by how
 * many asked and how long they have waited; each in its own words and the
 * host's. Below, every comment as it comes.
 */
export function CommentsPanel() {
  const { t } = useTranslation();
  const media = useStudio();
  const { collection } = useScenes();
  const productId = featuredProductId(collection);
  const store = useMemo(() => new CommentsStore(), []);
  useEffect(() => store.follow(), [store]);
  const comments = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // The pinned question follows its comment: a translation that arrives after the pin shows too.
  const [pinnedId, setPinnedId] = useState<string>();
  const pinnedComment = pinnedId === undefined ? undefined : comments.find((c) => c.id === pinnedId);
  const pinned = useMemo<PinnedQuestion | undefined>(
    () =>
      pinnedComment && {
        commentId: pinnedComment.id,
        author: pinnedComment.author.name,
        text: pinnedComment.text,
        translation: pinnedComment.translation,
      },
    [pinnedComment],
  );
  const pinnedByHost = useRef(false);
  useEffect(() => {
    if (pinnedByHost.current) media.sources.setQuestion(pinned);
  }, [media, pinned]);
  const [notice, setNotice] = useState<string>();
  // Stable callbacks: the cards are memoised, and a burst of comments must not re-render them all.
  const pin = useCallback((comment: Comment | undefined): void => {
    pinnedByHost.current = true;
    setPinnedId(comment?.id);
  }, []);
  const update = useCallback((comment: Comment) => store.replace(comment), [store]);
  const sendReply = useCallback((reply: ReplyResult) => media.show.live.chat.sendReply(reply), [media]);
  const [statuses] = useChatStatuses();
  const [sourceShown, showSource] = useState<SourceChoice>('all');
  const visible = useMemo(
    () => comments.filter((c) => !c.hidden && (sourceShown === 'all' || c.source === sourceShown)),
    [comments, sourceShown],
  );
  const groups = useMemo(
    () =>
      groupQuestions(
        visible
          .filter((c) => c.isQuestion && !c.answered)
          .map((c) => ({ id: c.id, text: c.translation ?? c.text, at: c.at, comment: c })),
      ),
    [visible],
  );
  const queue = useRef<HTMLUListElement>(null);
  const queueIds = useMemo(() => groups.map((group) => group.lead.id), [groups]);
  const [focusedId, choose] = useQueueHotkeys(queue, queueIds);
  return (
    <section className="panel comments" aria-labelledby="comments-heading">
      <div className="panel__header">
        <h2 id="comments-heading">{t('comments.title')}</h2>
        <DockControls title={t('comments.title')} />
      </div>
      {notice && (
        <p role="status" className="save-status--saved">
          {notice}
        </p>
      )}
      <ChatStatusStrip statuses={statuses} />
      <SourceFilter comments={comments} value={sourceShown} onChange={showSource} />
      {groups.length === 0 && <p className="muted">{t('comments.empty')}</p>}
      <ul className="list" aria-label={t('comments.title')} ref={queue}>
        {groups.map((group) => (
          <QuestionCard
            key={group.lead.id}
            comment={group.lead.comment}
            count={group.members.length}
            pinned={pinned?.commentId === group.lead.id}
            focused={focusedId === group.lead.id}
            onChoose={choose}
            onPin={pin}
            onUpdate={update}
            onReply={sendReply}
            onNotice={setNotice}
            productId={productId}
          />
        ))}
      </ul>
      <CommentTools />
      <h3>{t('comments.all')}</h3>
      <ul className="comments__stream" aria-label={t('comments.all')}>
        {visible.slice(-30).map((c) => (
          <CommentLine key={c.id} comment={c} />
        ))}
      </ul>
    </section>
  );
}
