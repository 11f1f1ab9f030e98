import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { makeTempDir } from '../tempDir';
import { writeObsConfig } from './obsConfig';
import { startXvfb } from './xvfb';
import { freePort } from '../freePort';

export interface ObsStudio {
  port: number;
  url: string;
  password: string | undefined;
  recordDir: string;
  /** Starts OBS again on the same configuration (after `kill` or `stop`). */
  start(): Promise<void>;
  /** SIGTERM: OBS shuts down cleanly (about 2 s). */
  stop(): Promise<void>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
  /** Stops OBS and the display, and removes the configuration. */
  dispose(): Promise<void>;
}

export interface LaunchOptions {
  password?: string;
  scenes?: string[];
  streamUrl?: string;
}

/** True when this machine can run OBS Studio headless (obs and Xvfb on PATH). */
export function obsAvailable(): boolean {
  const paths = (process.env['PATH'] ?? '').split(':');
  const has = (name: string): boolean =>
    paths.some((dir) => {
      try {
        return statSync(join(dir, name)).isFile();
      } catch {
        return false;
      }
    });
  return has('obs') && has('Xvfb');
}

/** Launches the real OBS Studio with obs-websocket 5 on a free port, under its own Xvfb. */
export async function launchObs(options: LaunchOptions = {}): Promise<ObsStudio> {
  const dir = makeTempDir('crosslive-obs-');
  const port = await freePort();
  const recordDir = join(dir.path, 'recordings');
  writeObsConfig(dir.path, {
    port,
    password: options.password,
    recordDir,
    streamUrl: options.streamUrl ?? 'rtmp://127.0.0.1:1/live',
    scenes: options.scenes ?? ['Factory', 'Warehouse', 'Close-up'],
  });
  const xvfb = await startXvfb();
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    child = spawn(
      'obs',
      [
        '--minimize-to-tray',
        '--disable-missing-files-check',
        '--multi',
        '--disable-updater',
        '--collection',
        'C',
        '--profile',
        'P',
      ],
      {
        env: { ...process.env, DISPLAY: xvfb.display, LIBGL_ALWAYS_SOFTWARE: '1', XDG_CONFIG_HOME: dir.path },
        stdio: 'ignore',
      },
    );
    await waitForPort(port, 30_000);
  };
  const exit = async (signal: NodeJS.Signals): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    password: options.password,
    recordDir,
    start,
    stop: () => exit('SIGTERM'),
    kill: () => exit('SIGKILL'),
    dispose: async () => {
      await exit('SIGTERM');
      xvfb.stop();
      dir.remove();
    },
  };
}

/** Resolves once something accepts TCP connections on the port. */
export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 10)); // fine-grained: bench:obs times from this moment
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
}
