import type { DomainHandlers } from '../../ipc/router';
import type { ObsController } from './obsController';

export function obsHandlers(obs: ObsController): DomainHandlers<'obs'> {
  return {
    'obs:getState': () => ({ state: obs.state(), stats: obs.stats() }),
    'obs:connect': () => obs.connect(),
    'obs:disconnect': () => obs.disconnect(),
    'obs:setProgramScene': ({ sceneName }) => obs.setProgramScene(sceneName),
    'obs:setPreviewScene': ({ sceneName }) => obs.setPreviewScene(sceneName),
    'obs:transitionToProgram': () => obs.transitionToProgram(),
    'obs:setStudioMode': ({ enabled }) => obs.setStudioMode(enabled),
    'obs:setTransition': ({ name, durationMs }) => obs.setTransition(name, durationMs),
    'obs:setStreaming': ({ on }) => obs.setStreaming(on),
    'obs:setRecording': ({ on }) => obs.setRecording(on),
    'obs:setPins': ({ pins }) => obs.setPins(pins),
    'obs:linkScene': ({ studioSceneId, obsScene }) => obs.linkScene(studioSceneId, obsScene),
  };
}
