import { useCallback, useSyncExternalStore } from 'react';
import type { SourceStatus } from '../../media/sources/runtime';
import { useStudio } from '../studio/StudioContext';

/** A live lookup of each source's capture state (starting, live, disconnected, failed). */
export function useSourceStatus(): (sourceId: string) => SourceStatus | undefined {
  const { sources } = useStudio();
  // Re-render on every status change; the lookup itself reads the current state.
  const version = useSyncExternalStore(
    (listener) => sources.onStatusChange(listener),
    () => sources.statusVersion,
  );
  return useCallback(
    (sourceId: string) => (version >= 0 ? sources.status(sourceId) : undefined),
    [sources, version],
  );
}
