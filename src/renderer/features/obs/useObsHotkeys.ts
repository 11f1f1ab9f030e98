import { useEffect } from 'react';
import { call } from '../../ipc/studio';
import type { ObsStore } from './obsStore';

/**
 * Alt+1…9 switch to the producer's pinned OBS scenes (to preview in studio
 * mode). Matched on the physical key, since Option+digit types a symbol on macOS.
 */
export function useObsHotkeys(store: ObsStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      const state = store.getSnapshot();
      const sceneName = digit && state?.pins[Number(digit) - 1];
      if (!sceneName || state.status !== 'connected') return;
      event.preventDefault();
      void call(state.studioMode ? 'obs:setPreviewScene' : 'obs:setProgramScene', { sceneName }).catch(
        () => undefined, // a missing scene is already flagged on its button
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, enabled]);
}
