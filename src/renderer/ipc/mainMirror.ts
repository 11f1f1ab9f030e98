/**
 * A value main owns, mirrored in the renderer for useSyncExternalStore: read
 * once on `follow`, then replaced by main's change events and by the answers
 * of the calls that change it.
 */
export class MainMirror<T> {
  private value: T | undefined;
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly onChange: (apply: (value: T) => void) => () => void,
  ) {}

  /** Starts following main; returns the stop function, for an effect. */
  follow(): () => void {
    const stop = this.onChange((value) => this.replace(value));
    this.loading ??= this.load().then((value) => {
      // An event that arrived while loading is newer than the load's answer.
      if (this.value === undefined) this.replace(value);
    });
    return stop;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Undefined until main first answers. */
  readonly getSnapshot = (): T | undefined => this.value;

  replace(value: T): void {
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}
