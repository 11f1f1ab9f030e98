import type { DomainHandlers } from '../../ipc/router';
import type { OutputService } from './outputService';

export function outputHandlers(outputs: OutputService): DomainHandlers<'outputs'> {
  return {
    'outputs:list': () => outputs.list(),
    'outputs:save': (request) => outputs.save(request),
    'outputs:delete': ({ id }) => outputs.delete(id),
    'outputs:setEnabled': ({ id, enabled }) => outputs.setEnabled(id, enabled),
    'outputs:getState': () => outputs.state(),
    'outputs:start': ({ ids }) => outputs.start(ids),
    'outputs:stop': ({ ids }) => outputs.stop(ids),
    'outputs:stopAll': () => outputs.stopAll(),
    'outputs:test': ({ id }) => outputs.test(id),
    'outputs:variantInRoom': ({ key, videoTrackSid, audioTrackSid }) =>
      outputs.variantInRoom(key, { video: videoTrackSid, audio: audioTrackSid ?? undefined }),
  };
}
