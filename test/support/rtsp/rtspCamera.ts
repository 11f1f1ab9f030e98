import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { freePort } from '../freePort';

export interface CameraOptions {
  codec?: 'h264' | 'h265' | 'mjpeg';
  user?: string;
  password?: string;
  noVideo?: boolean;
  pattern?: 'solid' | 'moving';
}

export interface RtspCamera {
  port: number;
  /** rtsp://127.0.0.1:PORT/cam, without credentials. */
  url: string;
  /** Changes the picture's colour (RRGGBB); resolves with the camera's clock at the change, epoch ms. */
  flip(colour: string): Promise<number>;
  /** A camera outage: the server process is killed. */
  kill(): Promise<void>;
  /** The camera comes back on the same port. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

const script = join(import.meta.dirname, '../../peers/rtsp_camera.py');

/** GStreamer's RTSP server as an IP camera on 127.0.0.1 (the system python3 has the gi bindings). */
export async function startRtspCamera(options: CameraOptions = {}): Promise<RtspCamera> {
  const port = await freePort();
  let child: ChildProcessByStdio<Writable, Readable, null> | undefined;
  let flips: ((at: number) => void)[] = [];

  const start = async (): Promise<void> => {
    const args = [script, String(port), '--codec', options.codec ?? 'h264'];
    if (options.user) args.push('--user', options.user, '--password', options.password ?? '');
    if (options.noVideo) args.push('--no-video');
    if (options.pattern) args.push('--pattern', options.pattern);
    const proc = spawn('/usr/bin/python3', args, { stdio: ['pipe', 'pipe', 'ignore'] });
    child = proc;
    flips = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('RTSP camera did not start in 10 s')), 10_000);
      createInterface({ input: proc.stdout }).on('line', (line) => {
        if (line === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (line.startsWith('flip ')) {
          flips.shift()?.(Number(line.slice(5)));
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`RTSP camera exited with ${code}`));
      });
    });
  };
  const kill = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url: `rtsp://127.0.0.1:${port}/cam`,
    flip: (colour) =>
      new Promise((resolve, reject) => {
        if (!child) return reject(new Error('camera is down'));
        flips.push(resolve);
        child.stdin.write(`${colour}\n`);
      }),
    kill,
    start,
    dispose: kill,
  };
}
