import type { Settings, SettingsPatch } from '../../../shared/settings/settings';
import { call } from '../../ipc/studio';

type Listener = () => void;

/**
 * The renderer's copy of the settings: loaded once, updated through main, and
 * kept in step with other windows through `settings:onChanged`. Shaped for
 * React's useSyncExternalStore.
 */
export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Settings) {
    this.current = initial;
  }

  /** Follows changes pushed by main; returns the unsubscribe function. */
  follow(): () => void {
    return window.studio.on('settings:onChanged', (settings) => this.replace(settings));
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Settings => this.current;

  /** Saves through main; rejects with StudioCallError when main refuses the patch. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const saved = await call('settings:update', patch);
    this.replace(saved);
    return saved;
  }

  private replace(settings: Settings): void {
    this.current = settings;
    for (const listener of this.listeners) listener();
  }
}
