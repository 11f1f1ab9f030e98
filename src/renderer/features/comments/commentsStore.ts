import type { Comment } from '../../../shared/comments/comment';
import { call } from '../../ipc/studio';
import { commentsShownEvent } from './commentsShownEvent';

/** As many as main keeps in memory and shows. */
const shown = 300;
/**
 * What came in is applied to the panel at most this often (and a background window, which gets
 * no animation frames, still gets it): no one reads faster, and regrouping the queue at every
 * frame under a burst took the compositor's frames (bench:chat).
 */
const flushEveryMs = 100;

/**
 * The comments main keeps, mirrored for the panel: loaded once, then each addition and change.
 * What arrives meanwhile is applied together: four platforms at 200 comments a second (each
 * added, then changed by its translation) would otherwise re-render and regroup the panel 400
 * times a second, and the window fell seconds behind (bench:chat).
 */
export class CommentsStore {
  private comments: readonly Comment[] = [];
  private readonly listeners = new Set<() => void>();
  private added: Comment[] = [];
  private changed = new Map<string, Comment>();
  /** The flush that is waiting, if one is: its two triggers act for it alone. */
  private scheduledFlush: number | undefined;
  private flushCount = 0;
  private lastFlush = 0;

  follow(): () => void {
    const stops = [
      window.studio.on('comments:onAdded', (comment) => {
        this.added.push(comment);
        this.scheduleFlush();
      }),
      window.studio.on('comments:onChanged', (comment) => {
        this.changed.set(comment.id, comment);
        this.scheduleFlush();
      }),
    ];
    void call('comments:list').then((list) => {
      const known = new Set(this.comments.map((c) => c.id));
      this.set([...list.filter((c) => !known.has(c.id)), ...this.comments]);
    });
    return () => stops.forEach((stop) => stop());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly Comment[] => this.comments;

  /** The host's own change (answered, hidden): shown at once. */
  replace(comment: Comment): void {
    this.set(this.comments.map((c) => (c.id === comment.id ? comment : c)));
  }

  /**
   * Flushes in the first animation frame once `flushEveryMs` have passed since the last flush, or
   * a little later by timer if no frame comes. Whichever trigger comes second finds its flush done
   * and does nothing: it must not flush what arrived since, or the pace is lost (it was 42 flushes
   * a second under bench:comments' burst instead of 10).
   */
  private scheduleFlush(): void {
    if (this.scheduledFlush !== undefined) return;
    const id = ++this.flushCount;
    this.scheduledFlush = id;
    const flush = () => {
      if (this.scheduledFlush !== id) return;
      this.scheduledFlush = undefined;
      this.flush();
    };
    const wait = Math.max(0, this.lastFlush + flushEveryMs - performance.now());
    setTimeout(() => requestAnimationFrame(flush), wait);
    setTimeout(flush, wait + flushEveryMs);
  }

  private flush(): void {
    this.lastFlush = performance.now();
    const changed = this.changed;
    const applied = [...this.added, ...changed.values()];
    const next = [...this.comments, ...this.added].slice(-shown);
    this.added = [];
    this.changed = new Map();
    this.set(changed.size === 0 ? next : next.map((c) => changed.get(c.id) ?? c));
    window.dispatchEvent(new CustomEvent(commentsShownEvent, { detail: applied }));
  }

  private set(next: readonly Comment[]): void {
    this.comments = next;
    for (const listener of this.listeners) listener();
  }
}
