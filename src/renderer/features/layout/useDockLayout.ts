import { useCallback, useRef, useState } from 'react';
import { normalizeDockLayout, type DockLayout } from '../../../shared/layout/dockLayout';
import { useSettings } from '../settings/SettingsContext';

/**
 * The studio's dock layout and a way to change it: kept in the settings (SQLite), so it comes back
 * after a restart and follows into other windows. A change shows at once and the next one builds
 * on it, before main has saved it: a held arrow key on a handle must not lose steps.
 */
export function useDockLayout(): [DockLayout, (change: (layout: DockLayout) => DockLayout) => void] {
  const [settings, store] = useSettings();
  const pending = useRef<DockLayout>(undefined);
  const [unsaved, setUnsaved] = useState<DockLayout>();
  const change = useCallback(
    (apply: (layout: DockLayout) => DockLayout) => {
      const next = apply(pending.current ?? normalizeDockLayout(store.getSnapshot().studioLayout));
      pending.current = next;
      setUnsaved(next);
      const settle = (): void => {
        if (pending.current !== next) return;
        pending.current = undefined;
        setUnsaved(undefined);
      };
      // A layout main cannot save (main gone) falls back to the saved one.
      store.update({ studioLayout: next }).then(settle, settle);
    },
    [store],
  );
  return [unsaved ?? normalizeDockLayout(settings.studioLayout), change];
}
