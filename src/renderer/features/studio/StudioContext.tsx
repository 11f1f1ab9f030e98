import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Product } from '../../../shared/catalog/product';
import type { StudioMedia } from './studioMedia';

/** The running studio: scene editor, catalog and the live picture. */
export const StudioContext = createContext<StudioMedia | null>(null);

export function useStudio(): StudioMedia {
  const media = useContext(StudioContext);
  if (!media) throw new Error('useStudio needs a StudioContext provider');
  return media;
}

/** The collection being edited, with undo/redo and save state. */
export function useScenes() {
  const { editor } = useStudio();
  return useSyncExternalStore(editor.subscribe, editor.getSnapshot);
}

export function useProducts(): Product[] {
  const { catalog } = useStudio();
  return useSyncExternalStore(catalog.subscribe, catalog.getSnapshot);
}
