import type { FeedInfo, FeedStatus } from '../../../shared/feeds/feed';
import { MainMirror } from '../../ipc/mainMirror';
import { call } from '../../ipc/studio';

/** The network cameras main knows, and the health of those running. */
export class FeedsStore {
  readonly feeds = new MainMirror<FeedInfo[]>(
    () => call('feeds:list'),
    (apply) => window.studio.on('feeds:onChanged', apply),
  );
  readonly statuses = new MainMirror<FeedStatus[]>(
    () => call('feeds:getStatuses'),
    (apply) => window.studio.on('feeds:onStatus', apply),
  );

  follow(): () => void {
    const stops = [this.feeds.follow(), this.statuses.follow()];
    return () => stops.forEach((stop) => stop());
  }
}
