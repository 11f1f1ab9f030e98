import type { OBSResponseTypes, OBSWebSocket } from 'obs-websocket-js';
import type { ObsState, OutputState } from '../../../shared/obs/obsState';
import type { Logger } from '../../logging/logger';

/** What the controller lends the mirror: its state, and what to do on renames and a lost link. */
export interface ObsEventSink {
  /** False once the socket is stale (a newer connection, or a disconnect): its events are ignored. */
  live(): boolean;
  state(): ObsState;
  update(change: Partial<ObsState>): void;
  followRename(from: string, to: string): void;
  connectionLost(): void;
  logger: Logger;
}

const outputStates: Record<string, OutputState> = {
  OBS_WEBSOCKET_OUTPUT_STARTING: 'starting',
  OBS_WEBSOCKET_OUTPUT_STARTED: 'active',
  OBS_WEBSOCKET_OUTPUT_STOPPING: 'stopping',
  OBS_WEBSOCKET_OUTPUT_STOPPED: 'stopped',
  OBS_WEBSOCKET_OUTPUT_RECONNECTING: 'reconnecting',
  OBS_WEBSOCKET_OUTPUT_RECONNECTED: 'active',
  OBS_WEBSOCKET_OUTPUT_PAUSED: 'active',
  OBS_WEBSOCKET_OUTPUT_RESUMED: 'active',
};

/** OBS lists scenes bottom-up (index 0 is the last row of its scene list); the studio shows them as OBS does. */
export function sceneListState(
  list: OBSResponseTypes['GetSceneList'],
): Pick<ObsState, 'scenes' | 'program' | 'preview'> {
  const scenes = [...list.scenes]
    .sort((a, b) => Number(b['sceneIndex']) - Number(a['sceneIndex']))
    .map((s) => String(s['sceneName']));
  return {
    scenes,
    program: list.currentProgramSceneName,
    preview: (list.currentPreviewSceneName as string | null) ?? null,
  };
}

/** Keeps the studio's copy of OBS's state current from obs-websocket's events (scenes, modes, outputs). */
export function mirrorObsEvents(socket: OBSWebSocket, sink: ObsEventSink): void {
  const { live, update } = sink;
  const refreshScenes = (): void => {
    socket.call('GetSceneList').then(
      (list) => live() && update(sceneListState(list)),
      (error: unknown) => sink.logger.warn('scene list not read', { error: String(error) }),
    );
  };
  socket.on('ConnectionClosed', (error) => {
    if (!live()) return;
    sink.logger.warn('OBS connection closed', { code: error.code, message: error.message });
    sink.connectionLost();
  });
  socket.on('CurrentProgramSceneChanged', ({ sceneName }) => live() && update({ program: sceneName }));
  socket.on('CurrentPreviewSceneChanged', ({ sceneName }) => live() && update({ preview: sceneName }));
  socket.on('SceneListChanged', refreshScenes);
  socket.on('SceneCreated', refreshScenes);
  socket.on('SceneRemoved', refreshScenes);
  socket.on('SceneNameChanged', ({ oldSceneName, sceneName }) => {
    if (!live()) return;
    sink.followRename(oldSceneName, sceneName);
    refreshScenes();
  });
  socket.on('StudioModeStateChanged', ({ studioModeEnabled }) => {
    if (!live()) return;
    update({ studioMode: studioModeEnabled, preview: studioModeEnabled ? sink.state().preview : null });
    if (studioModeEnabled) refreshScenes();
  });
  // A new transition brings its own duration, read with a request; a duration change that OBS
  // reports meanwhile is newer than that answer (obs-websocket runs requests on a thread pool, so
  // the answer may read the old duration and arrive last), and the answer is then dropped.
  let durationChanges = 0;
  socket.on('CurrentSceneTransitionChanged', ({ transitionName }) => {
    if (!live()) return;
    update({ transition: transitionName });
    const asked = durationChanges;
    socket.call('GetCurrentSceneTransition').then(
      (t) => live() && asked === durationChanges && update({ transitionMs: t.transitionDuration ?? 0 }),
      () => undefined,
    );
  });
  socket.on('CurrentSceneTransitionDurationChanged', ({ transitionDuration }) => {
    durationChanges++;
    if (live()) update({ transitionMs: transitionDuration });
  });
  socket.on('StreamStateChanged', ({ outputState }) => {
    if (live()) update({ streaming: outputStates[outputState] ?? 'stopped' });
  });
  socket.on('RecordStateChanged', ({ outputState, outputPath }) => {
    if (!live()) return;
    const recording = outputStates[outputState] ?? 'stopped';
    // StopRecord answers before the file is complete; only STOPPED means it is written.
    update(recording === 'stopped' && outputPath ? { recording, lastRecording: outputPath } : { recording });
  });
}
