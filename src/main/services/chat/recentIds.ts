/**
 * The last `size` ids seen, to drop a message a platform delivers twice within one connection
 * (EventSub may redeliver; a stream may repeat on reconnect). SQLite's unique index is the last
 * word across restarts; this keeps the repeats from reaching it.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly size = 2000) {}

  /** True the first time an id is seen. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.size) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}
