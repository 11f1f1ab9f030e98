import type { DomainHandlers } from '../../ipc/router';
import type { FeedService } from './feedService';

export function feedHandlers(feeds: FeedService): DomainHandlers<'feeds'> {
  return {
    'feeds:list': () => feeds.list(),
    'feeds:save': ({ feed, password }) => feeds.save(feed, password),
    'feeds:delete': ({ feedId }) => feeds.delete(feedId),
    'feeds:open': ({ feedId }) => feeds.open(feedId),
    'feeds:reconnect': ({ feedId }) => feeds.reconnect(feedId),
    'feeds:getStatuses': () => feeds.statuses(),
  };
}
