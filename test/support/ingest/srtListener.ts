import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { makeTempDir } from '../tempDir';

export interface SrtListener {
  /** srt://127.0.0.1:PORT, the server URL a destination is given. */
  serverUrl: string;
  /** What arrived, as an MPEG-TS file (complete once the caller has left: `finished`). */
  file: string;
  /** Resolves when the listener has ended (its caller disconnected). */
  finished: Promise<void>;
  dispose(): Promise<void>;
}

/**
 * An SRT listener on 127.0.0.1 (ffmpeg built with libsrt), recording what a caller sends to a
 * file for ffprobe; with a passphrase, a caller with another is refused (SRT_REJ_BADSECRET).
 */
export async function startSrtListener(port: number, passphrase?: string): Promise<SrtListener> {
  const temp = makeTempDir('crosslive-srt-');
  const file = join(temp.path, 'received.ts');
  const query = new URLSearchParams({ mode: 'listener', ...(passphrase && { passphrase }) });
  const child: ChildProcess = spawn(
    'ffmpeg',
    [
      '-v',
      'error',
      '-f',
      'mpegts',
      '-i',
      `srt://127.0.0.1:${port}?${query.toString()}`,
      '-c',
      'copy',
      '-f',
      'mpegts',
      file,
    ],
    { stdio: 'ignore' },
  );
  const finished = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // libsrt binds at once; give it a moment before the caller knocks.
  await new Promise((r) => setTimeout(r, 300));
  return {
    serverUrl: `srt://127.0.0.1:${port}`,
    file,
    finished,
    dispose: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await finished;
      temp.remove();
    },
  };
}
