import { useEffect, useRef } from 'react';
import { call } from '../../ipc/studio';
import type { ObsStore } from './obsStore';

/**
 * When a studio scene goes to program, its linked OBS scene goes to program in
 * OBS: one action switches both. Only changes count, not the scene the studio
 * opened with.
 */
export function useObsSceneLinks(store: ObsStore, programSceneId: string | undefined): void {
  const previous = useRef(programSceneId);
  useEffect(() => {
    if (previous.current === programSceneId) return;
    previous.current = programSceneId;
    const state = store.getSnapshot();
    const sceneName = programSceneId ? state?.sceneLinks[programSceneId] : undefined;
    if (!sceneName || state?.status !== 'connected' || state.program === sceneName) return;
    void call('obs:setProgramScene', { sceneName }).catch(() => undefined);
  }, [store, programSceneId]);
}
