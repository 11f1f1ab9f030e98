import { randomUUID } from 'node:crypto';
import { closeSync, fdatasyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../../shared/ipc/errors';
import type { RecordingInfo } from '../../../shared/recording/recording';
import type { Logger } from '../../logging/logger';

interface OpenRecording {
  info: RecordingInfo;
  fd: number;
  nextSequence: number;
}

/**
 * The local backup of the program: the renderer's MediaRecorder hands over a
 * chunk every second and each is written and flushed to disk (fdatasync)
 * before the call returns. A WebM written this way plays even when the studio
 * is killed mid-show: it has no final index, which players do not need.
 */
export class BackupRecordings {
  private readonly open = new Map<string, OpenRecording>();

  constructor(
    private readonly folder: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  start(mimeType: string): RecordingInfo {
    mkdirSync(this.folder, { recursive: true });
    const startedAt = this.now();
    const stamp = new Date(startedAt).toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-');
    const extension = mimeType.startsWith('video/mp4') ? 'mp4' : 'webm';
    const id = randomUUID();
    const path = join(this.folder, `CrossLive ${stamp} ${id.slice(0, 8)}.${extension}`);
    // 'wx': never overwrite an earlier show's file.
    const fd = openSync(path, 'wx');
    const info: RecordingInfo = { id, path, startedAt, bytes: 0 };
    this.open.set(id, { info, fd, nextSequence: 0 });
    this.logger.info('backup recording started', { path, mimeType });
    return info;
  }

  append(id: string, sequence: number, data: Uint8Array): RecordingInfo {
    const recording = this.open.get(id);
    if (!recording) throw new StudioError('NOT_FOUND', `no open recording ${id}`);
    if (sequence !== recording.nextSequence) {
      throw new StudioError(
        'INVALID_PAYLOAD',
        `chunk ${sequence} arrived, ${recording.nextSequence} expected`,
      );
    }
    for (let written = 0; written < data.byteLength;) {
      written += writeSync(recording.fd, data, written, data.byteLength - written);
    }
    fdatasyncSync(recording.fd);
    recording.nextSequence++;
    recording.info = { ...recording.info, bytes: recording.info.bytes + data.byteLength };
    return recording.info;
  }

  finish(id: string): RecordingInfo {
    const recording = this.open.get(id);
    if (!recording) throw new StudioError('NOT_FOUND', `no open recording ${id}`);
    this.open.delete(id);
    closeSync(recording.fd);
    this.logger.info('backup recording finished', { path: recording.info.path, bytes: recording.info.bytes });
    return recording.info;
  }

  /** At quit: every file closed as it stands (each is playable as written). */
  closeAll(): void {
    for (const id of [...this.open.keys()]) this.finish(id);
  }
}
