import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../freePort';

export interface Apy {
  url: string;
  stop(): Promise<void>;
}

export const apyPath = '/usr/bin/apertium-apy';
export const apyAvailable = existsSync(apyPath);

/** Whether an Apertium pair (its mode, such as `por-cat`) is installed here. */
export const apertiumPair = (mode: string): boolean => existsSync(`/usr/share/apertium/modes/${mode}.mode`);

/**
 * The real Apertium APy machine-translation server on a free port, with the
 * language pairs installed on this machine (spa-eng both ways among them).
 */
export async function startApy(): Promise<Apy> {
  const port = await freePort();
  const child: ChildProcess = spawn(apyPath, ['-p', String(port), '/usr/share/apertium/modes'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const pairs = await fetch(`${url}/listPairs`);
      if (pairs.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`APy did not start: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
