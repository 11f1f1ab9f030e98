/**
 * Undo and redo over immutable states. A drag calls `preview` on every move and
 * `commit` once on release, so the whole gesture is one undo step.
 */
export class History<T> {
  private readonly past: T[] = [];
  private future: T[] = [];
  private gestureBase: T | undefined;

  constructor(
    private present: T,
    private readonly limit = 200,
  ) {}

  get current(): T {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Shows `next` without making an undo step (live feedback during a gesture). */
  preview(next: T): void {
    this.gestureBase ??= this.present;
    this.present = next;
  }

  /** Makes `next` the present as one undo step (ending any gesture). */
  commit(next: T): void {
    const base = this.gestureBase ?? this.present;
    this.gestureBase = undefined;
    this.present = next;
    if (base === next) return;
    this.past.push(base);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** Abandons a gesture, back to where it started. */
  cancel(): void {
    if (this.gestureBase !== undefined) this.present = this.gestureBase;
    this.gestureBase = undefined;
  }

  undo(): T {
    this.cancel();
    const previous = this.past.pop();
    if (previous !== undefined) {
      this.future.push(this.present);
      this.present = previous;
    }
    return this.present;
  }

  redo(): T {
    this.cancel();
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push(this.present);
      this.present = next;
    }
    return this.present;
  }
}
