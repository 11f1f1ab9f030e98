import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ObsState, ObsStats } from '../../../shared/obs/obsState';
import type { ObsStore } from './obsStore';

export const ObsContext = createContext<ObsStore | undefined>(undefined);

export function useObsStore(): ObsStore {
  const store = useContext(ObsContext);
  if (!store) throw new Error('useObsStore outside ObsContext');
  return store;
}

export function useObsState(): ObsState | undefined {
  const store = useObsStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function useObsStats(): ObsStats | null | undefined {
  const { stats } = useObsStore();
  return useSyncExternalStore(stats.subscribe, stats.getSnapshot);
}
