import type { RecordingInfo } from '../../../shared/recording/recording';
import { call, StudioCallError } from '../../ipc/studio';
import type { ErrorCode } from '../../../shared/ipc/errors';
import { log } from '../../ipc/log';

export type BackupState =
  | { status: 'idle'; last?: RecordingInfo }
  | { status: 'recording'; info: RecordingInfo }
  | { status: 'failed'; error: ErrorCode; last?: RecordingInfo };

/**
 * WebM with H.264 where Chromium records it (its software H.264 encoder kept the 1080p30 program at
 * 30 fps here, where VP8 managed ~12), else VP8; Opus sound. Every player reads both.
 */
const preferredTypes = ['video/webm;codecs=h264,opus', 'video/webm;codecs=vp8,opus', 'video/webm'];

/**
 * Records the program picture and the mixed sound to a file in main, a chunk
 * each second, in order. Nothing is held back in the renderer: a crash of the
 * studio loses at most the last second.
 */
export class BackupRecorder {
  private recorder: MediaRecorder | undefined;
  private sequence = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private state: BackupState = { status: 'idle' };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): BackupState => this.state;

  async start(video: MediaStreamTrack, audio: MediaStreamTrack | undefined): Promise<void> {
    if (this.recorder) return;
    const mimeType = preferredTypes.find((type) => MediaRecorder.isTypeSupported(type)) ?? 'video/webm';
    const info = await call('recording:start', { mimeType: mimeType.split(';')[0] ?? 'video/webm' });
    const stream = new MediaStream(audio ? [video, audio] : [video]);
    const recorder = new MediaRecorder(stream, {
      mimeType,
      videoBitsPerSecond: 6_000_000,
      audioBitsPerSecond: 128_000,
    });
    this.recorder = recorder;
    this.sequence = 0;
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      const sequence = this.sequence++;
      // Chained, so chunks reach main in order even when one write is slow.
      this.writes = this.writes.then(async () => {
        if (this.state.status === 'failed') return;
        try {
          const data = new Uint8Array(await event.data.arrayBuffer());
          this.set({
            status: 'recording',
            info: await call('recording:append', { id: info.id, sequence, data }),
          });
        } catch (error) {
          this.fail(error);
        }
      });
    };
    recorder.start(1000);
    this.set({ status: 'recording', info });
    log.info('backup', 'backup recording started', { id: info.id, mimeType });
  }

  /** Stops, writes the last chunk and closes the file. */
  async stop(): Promise<void> {
    const recorder = this.recorder;
    if (!recorder) return;
    this.recorder = undefined;
    const stopped = new Promise<void>((resolve) =>
      recorder.addEventListener('stop', () => resolve(), { once: true }),
    );
    recorder.stop();
    await stopped;
    await this.writes;
    const current = this.state;
    if (current.status !== 'recording') return;
    try {
      const last = await call('recording:finish', { id: current.info.id });
      this.set({ status: 'idle', last });
      log.info('backup', 'backup recording finished', { id: last.id, bytes: last.bytes });
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.recorder?.stop();
    this.recorder = undefined;
    const last = this.state.status === 'recording' ? this.state.info : undefined;
    const code = error instanceof StudioCallError ? error.error.code : 'INTERNAL';
    this.set({ status: 'failed', error: code, last });
    log.error('backup', 'backup recording failed', { code, error: String(error) });
  }

  private set(state: BackupState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
