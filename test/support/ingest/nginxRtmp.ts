import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { freePort } from '../freePort';
import { waitForListener } from '../listening';
import { makeTempDir } from '../tempDir';

export interface RtmpIngest {
  port: number;
  /** rtmp://127.0.0.1:PORT/live, the server URL a destination is given. */
  serverUrl: string;
  /** The stream keys on_publish has been asked about, in order, with its answers. */
  publishes: { key: string; accepted: boolean }[];
  /** The ingest crashes: nginx is killed (SIGKILL), every publisher's connection drops. */
  kill(): Promise<void>;
  /** nginx comes back on the same port. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Debian's nginx with its RTMP module as a marketplace's ingest on 127.0.0.1: `on_publish`
 * asks a small HTTP server here, which accepts only the given stream keys, as a platform
 * refuses a wrong one. Playback from rtmp://127.0.0.1:PORT/live/KEY (ffprobe, ffmpeg); with
 * `recordDir`, every publish is also written there as it arrives (KEY-<time>.flv).
 */
export async function startRtmpIngest(
  keys: readonly string[],
  options: { recordDir?: string } = {},
): Promise<RtmpIngest> {
  const publishes: RtmpIngest['publishes'] = [];
  const auth: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const key = new URLSearchParams(body).get('name') ?? '';
      const accepted = keys.includes(key);
      publishes.push({ key, accepted });
      res.writeHead(accepted ? 200 : 403).end();
    });
  });
  await new Promise<void>((resolve) => auth.listen(0, '127.0.0.1', resolve));
  const authAddress = auth.address();
  const authPort = typeof authAddress === 'object' && authAddress ? authAddress.port : 0;
  const port = await freePort();
  const temp = makeTempDir('crosslive-nginx-');
  const dir = temp.path;
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
daemon off;
master_process off;
worker_processes 1;
error_log ${join(dir, 'logs/error.log')} warn;
pid ${join(dir, 'nginx.pid')};
events { worker_connections 64; }
rtmp {
  server {
    listen 127.0.0.1:${port};
    chunk_size 4096;
    application live {
      live on;
      ${options.recordDir ? `record all;\n      record_path ${options.recordDir};\n      record_unique on;` : 'record off;'}
      on_publish http://127.0.0.1:${authPort}/publish;
    }
  }
}
`,
  );
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', config], { stdio: 'ignore' });
    await waitForListener(port, 5000);
  };
  const kill = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };
  await start();
  return {
    port,
    serverUrl: `rtmp://127.0.0.1:${port}/live`,
    publishes,
    kill,
    start,
    dispose: async () => {
      await kill();
      await new Promise<void>((resolve) => auth.close(() => resolve()));
      temp.remove();
    },
  };
}
