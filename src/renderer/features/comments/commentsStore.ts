import type { Comment } from '../../../shared/comments/comment';
import { call } from '../../ipc/studio';

/** The comments main keeps, mirrored for the panel: loaded once, then each addition and change. */
export class CommentsStore {
  private comments: readonly Comment[] = [];
  private readonly listeners = new Set<() => void>();

  follow(): () => void {
    const stops = [
      window.studio.on('comments:onAdded', (comment) => this.set([...this.comments, comment].slice(-300))),
      window.studio.on('comments:onChanged', (comment) => this.replace(comment)),
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

  replace(comment: Comment): void {
    this.set(this.comments.map((c) => (c.id === comment.id ? comment : c)));
  }

  private set(next: readonly Comment[]): void {
    this.comments = next;
    for (const listener of this.listeners) listener();
  }
}
