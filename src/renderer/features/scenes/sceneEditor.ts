import { createCollection } from '../../../shared/scenes/edits';
import { History } from '../../../shared/scenes/history';
import type { SceneCollection } from '../../../shared/scenes/model';

export type SaveState = 'saved' | 'saving' | 'failed';

interface Snapshot {
  collection: SceneCollection;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
}

const saveDelayMs = 250;

/**
 * The scene collection being edited: undo/redo over immutable snapshots, and a
 * debounced save to main after each committed change (a drag saves once, on
 * release). A failed save keeps the edit and says so; the next change retries.
 */
export class SceneEditor {
  private readonly history: History<SceneCollection>;
  private snapshot: Snapshot;
  private readonly listeners = new Set<() => void>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saveState: SaveState = 'saved';

  private constructor(initial: SceneCollection) {
    this.history = new History(initial);
    this.snapshot = this.makeSnapshot();
  }

  /** Starts from the saved collection, or creates (and saves) the first scene. */
  static open(saved: SceneCollection | null, firstSceneName: string): SceneEditor {
    const editor = new SceneEditor(
      saved ?? createCollection({ id: crypto.randomUUID(), name: firstSceneName }, 'us-east'),
    );
    if (!saved) editor.scheduleSave();
    return editor;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Snapshot => this.snapshot;

  get collection(): SceneCollection {
    return this.history.current;
  }

  /** One undoable change, saved shortly after. */
  commit(change: (c: SceneCollection) => SceneCollection): void {
    this.history.commit(change(this.history.current));
    this.changed(true);
  }

  /** Live feedback during a drag; `commit` ends the gesture. */
  preview(change: (c: SceneCollection) => SceneCollection): void {
    this.history.preview(change(this.history.current));
    this.changed(false);
  }

  cancelGesture(): void {
    this.history.cancel();
    this.changed(false);
  }

  undo(): void {
    this.history.undo();
    this.changed(true);
  }

  redo(): void {
    this.history.redo();
    this.changed(true);
  }

  /** Writes any pending change now (before the window closes). */
  async flush(): Promise<void> {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.save();
  }

  private changed(persist: boolean): void {
    if (persist) this.scheduleSave();
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, saveDelayMs);
  }

  private async save(): Promise<void> {
    this.setSaveState('saving');
    const result = await window.studio.invoke('scenes:saveCollection', this.history.current);
    this.setSaveState(result.ok ? 'saved' : 'failed');
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state;
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private makeSnapshot(): Snapshot {
    return {
      collection: this.history.current,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      saveState: this.saveState,
    };
  }
}
