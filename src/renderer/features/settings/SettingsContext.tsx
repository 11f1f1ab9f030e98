import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Settings } from '../../../shared/settings/settings';
import type { SettingsStore } from './settingsStore';

export const SettingsContext = createContext<SettingsStore | null>(null);

function useSettingsStore(): SettingsStore {
  const store = useContext(SettingsContext);
  if (!store) throw new Error('useSettings needs a SettingsContext provider');
  return store;
}

/** The current settings and the store to change them. */
export function useSettings(): [Settings, SettingsStore] {
  const store = useSettingsStore();
  return [useSyncExternalStore(store.subscribe, store.getSnapshot), store];
}
