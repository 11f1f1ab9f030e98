import type { Statement } from 'better-sqlite3';
import { feedSchema, type Feed, type FeedInfo, type FeedStatus } from '../../../shared/feeds/feed';
import { StudioError } from '../../../shared/ipc/errors';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { SecretStore } from '../secrets/secretStore';
import type { StudioDatabase } from '../store/database';
import { FeedRelay } from './feedRelay';
import { FeedSupervisor } from './feedSupervisor';

export interface FeedServiceOptions {
  db: StudioDatabase;
  secrets: SecretStore;
  events: EventHub;
  logger: Logger;
  ffmpegPath: string;
  trustedOrigins: readonly string[];
}

/** A feed nobody watches keeps running this long, so a scene switch back and forth does not reconnect. */
const lingerMs = 3000;

/**
 * The network cameras: their definitions in SQLite, their passwords as
 * secrets, and one FeedSupervisor (one ffmpeg) per camera that some scene is
 * showing. A feed runs while the renderer watches it and stops shortly after
 * the last viewer leaves.
 */
export class FeedService {
  private readonly relay: FeedRelay;
  private readonly running = new Map<string, FeedSupervisor>();
  private readonly idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly selectAll: Statement<[], string>;
  private readonly upsert: Statement<[string, string]>;
  private readonly remove: Statement<[string]>;
  private statusPending = false;

  constructor(private readonly options: FeedServiceOptions) {
    this.relay = new FeedRelay({
      trustedOrigins: options.trustedOrigins,
      logger: options.logger.child('relay'),
      onViewers: (feedId, count) => this.viewersChanged(feedId, count),
    });
    this.selectAll = options.db.prepare('SELECT document FROM network_feeds').pluck() as Statement<
      [],
      string
    >;
    this.upsert = options.db.prepare(
      `INSERT INTO network_feeds (id, document) VALUES (?, ?)
       ON CONFLICT(id) DO UPDATE SET document = excluded.document`,
    );
    this.remove = options.db.prepare('DELETE FROM network_feeds WHERE id = ?');
  }

  list(): FeedInfo[] {
    return this.feeds().map((feed) => ({
      ...feed,
      hasPassword: this.options.secrets.get(`feedPassword:${feed.id}`) !== undefined,
    }));
  }

  /** Saves a feed; a running one restarts with the new address or credentials. */
  save(feed: Feed, password: string | null): FeedInfo[] {
    this.upsert.run(feed.id, JSON.stringify(feed));
    if (password === '') this.options.secrets.clear(`feedPassword:${feed.id}`);
    else if (password !== null) this.options.secrets.set(`feedPassword:${feed.id}`, password);
    this.options.logger.info('feed saved', { id: feed.id, protocol: new URL(feed.url).protocol });
    if (this.running.has(feed.id)) void this.restart(feed.id);
    return this.changed();
  }

  async delete(id: string): Promise<FeedInfo[]> {
    await this.stopFeed(id);
    this.remove.run(id);
    this.options.secrets.clear(`feedPassword:${id}`);
    return this.changed();
  }

  /** Where the renderer's decoder reads a feed from; starts the feed's ffmpeg if needed. */
  async open(feedId: string): Promise<{ url: string }> {
    const feed = this.find(feedId);
    await this.relay.listen();
    const url = this.relay.url(feedId);
    this.ensureRunning(feed);
    return { url };
  }

  reconnect(feedId: string): void {
    const supervisor = this.running.get(feedId);
    if (!supervisor) throw new StudioError('NOT_FOUND', `feed ${feedId} is not running`);
    supervisor.reconnectNow();
  }

  statuses(): FeedStatus[] {
    return [...this.running.values()].map((s) => s.status);
  }

  async close(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    await Promise.all([...this.running.keys()].map((id) => this.stopFeed(id)));
    await this.relay.dispose();
  }

  private ensureRunning(feed: Feed): void {
    clearTimeout(this.idleTimers.get(feed.id));
    if (this.running.has(feed.id)) return;
    const supervisor = new FeedSupervisor({
      feed,
      password: this.options.secrets.get(`feedPassword:${feed.id}`),
      ffmpegPath: this.options.ffmpegPath,
      logger: this.options.logger,
      onUnit: (unit) => this.relay.sendUnit(feed.id, unit),
      onConfig: (config) => this.relay.sendConfig(feed.id, config),
      onReset: () => this.relay.sendReset(feed.id),
      onStatus: () => this.statusChanged(),
    });
    this.running.set(feed.id, supervisor);
    supervisor.start();
  }

  private async restart(feedId: string): Promise<void> {
    const supervisor = this.running.get(feedId);
    if (!supervisor) return;
    this.running.delete(feedId);
    await supervisor.stop();
    this.ensureRunning(this.find(feedId));
  }

  private viewersChanged(feedId: string, count: number): void {
    clearTimeout(this.idleTimers.get(feedId));
    if (count > 0) return;
    this.idleTimers.set(
      feedId,
      setTimeout(() => void this.stopFeed(feedId), lingerMs),
    );
  }

  private async stopFeed(feedId: string): Promise<void> {
    clearTimeout(this.idleTimers.get(feedId));
    this.idleTimers.delete(feedId);
    const supervisor = this.running.get(feedId);
    this.running.delete(feedId);
    this.relay.close(feedId);
    await supervisor?.stop();
    this.statusChanged();
  }

  private find(feedId: string): Feed {
    const feed = this.feeds().find((f) => f.id === feedId);
    if (!feed) throw new StudioError('NOT_FOUND', `no feed ${feedId}`);
    return feed;
  }

  private feeds(): Feed[] {
    return this.selectAll.all().flatMap((document) => {
      const parsed = feedSchema.safeParse(JSON.parse(document));
      if (parsed.success) return [parsed.data];
      this.options.logger.error('unreadable feed left as is', { issues: parsed.error.issues.length });
      return [];
    });
  }

  /** Status events at most once per tick, however many feeds changed. */
  private statusChanged(): void {
    if (this.statusPending) return;
    this.statusPending = true;
    queueMicrotask(() => {
      this.statusPending = false;
      this.options.events.emit('feeds:onStatus', this.statuses());
    });
  }

  private changed(): FeedInfo[] {
    const feeds = this.list();
    this.options.events.emit('feeds:onChanged', feeds);
    return feeds;
  }
}
