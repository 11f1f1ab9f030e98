import type { DomainHandlers } from '../../ipc/router';
import type { BackupRecordings } from './backupRecordings';

export function recordingHandlers(recordings: BackupRecordings): DomainHandlers<'recording'> {
  return {
    'recording:start': ({ mimeType }) => recordings.start(mimeType),
    'recording:append': ({ id, sequence, data }) => recordings.append(id, sequence, data),
    'recording:finish': ({ id }) => recordings.finish(id),
  };
}
