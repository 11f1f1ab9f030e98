import { useCallback, useSyncExternalStore } from 'react';
import { useStudio } from './StudioContext';

/**
 * Whether the output format is locked: the show is going out (or about to) or the backup is
 * recording. Settings then offers no change, and one saved elsewhere waits (studioMediaHost.ts).
 */
export function useOutputLock(): boolean {
  const { show } = useStudio();
  const subscribe = useCallback((listener: () => void) => show.onBusyChange(listener), [show]);
  return useSyncExternalStore(subscribe, () => show.isBusy());
}
