import type { DomainHandlers } from '../../ipc/router';
import type { StudioDatabase } from '../store/database';
import type { CommentIngestServer } from './commentIngestServer';
import { commentLogCsv } from './commentLogCsv';
import type { CommentService } from './commentService';

export function commentHandlers(deps: {
  comments: CommentService;
  ingestServer: CommentIngestServer;
  db: StudioDatabase;
}): DomainHandlers<'comments'> {
  const { comments, ingestServer, db } = deps;
  return {
    'comments:list': () => comments.list(),
    'comments:ingest': (incoming) => comments.ingest(incoming) ?? null,
    'comments:setAnswered': ({ id, answered }) => comments.setAnswered(id, answered),
    'comments:hide': ({ id }) => comments.hide(id),
    'comments:ban': ({ authorId }) => comments.ban(authorId),
    'comments:listBanned': () => comments.bannedViewers(),
    'comments:unban': ({ authorId }) => comments.unban(authorId),
    'comments:reply': ({ commentId, text, toEveryone, language }) =>
      comments.reply(commentId, text, toEveryone, language),
    'comments:draft': ({ commentId, productId }) => comments.draft(commentId, productId),
    'comments:exportCsv': () => ({ text: commentLogCsv(db) }),
    'comments:getIngest': () => ingestServer.address(),
  };
}
