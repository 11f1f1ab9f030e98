/**
 * Electron's main process, booted for real: the built out/main/index.js runs under
 * Node with `electron` resolved to a typed double (electronDouble.ts), since the
 * Electron binary cannot be downloaded here. Run after `npm run build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../src/shared/ipc/channels';
import { buildContentSecurityPolicy } from '../../src/main/security/csp';
import { storedSetting } from '../support/sqlite';
import { makeTempDir } from '../support/tempDir';

const root = join(import.meta.dirname, '../..');
const mainFile = join(root, 'out/main/index.js');
const register = join(import.meta.dirname, 'registerElectronDouble.ts');

interface Booted {
  child: ChildProcess;
  stderr: () => string;
  ask<T = unknown>(command: Record<string, unknown>): Promise<T>;
  exit: Promise<number | null>;
}

function boot(args: string[], env: Record<string, string> = {}): Booted {
  const child = spawn(process.execPath, ['--import', register, mainFile, ...args], {
    cwd: root,
    env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ask = <T>(command: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { op: string; answer?: T; error?: string }) => {
        if (message.op !== command['op']) return;
        child.off('message', onMessage);
        if (message.error) reject(new Error(message.error));
        else resolve(message.answer as T);
      };
      child.on('message', onMessage);
      child.send(command);
    });
  return { child, stderr: () => stderr, ask, exit };
}

interface State {
  ready: boolean;
  schemes: { scheme: string; beforeReady: boolean }[];
  sandboxEnabled: boolean;
  singleInstanceLock: boolean;
  appUserModelId?: string;
  windows: { url?: string; webPreferences: Record<string, unknown> }[];
  ipcChannels: string[];
  permissionHandlers: string[];
  protocols: string[];
}

/** Waits until the studio's window exists: the boot is over. */
async function started(studio: Booted): Promise<State> {
  for (let i = 0; i < 100; i++) {
    const state = await studio.ask<State>({ op: 'state' });
    if (state.windows[0]?.url) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the studio never opened its window: ${studio.stderr()}`);
}

const running: Booted[] = [];
afterEach(() => {
  for (const studio of running.splice(0)) studio.child.kill('SIGKILL');
});

beforeAll(() => {
  if (!existsSync(mainFile)) throw new Error('out/main/index.js is missing: run `npm run build` first');
});

describe('Electron main boots', () => {
  it('registers its scheme before ready, takes the lock, and opens a sandboxed, isolated window', async () => {
    const dir = makeTempDir('crosslive-boot-');
    const studio = boot([`--user-data-dir=${dir.path}`]);
    running.push(studio);
    const state = await started(studio);

    expect(state.schemes).toEqual([{ scheme: 'studio', beforeReady: true }]);
    expect(state.singleInstanceLock).toBe(true);
    expect(state.sandboxEnabled).toBe(true);
    expect(state.appUserModelId).toBe('com.crosslive.studio');
    expect(state.permissionHandlers).toEqual(expect.arrayContaining(['request', 'check', 'display-media']));

    const [window] = state.windows;
    expect(window?.url).toBe('studio://app/index.html');
    expect(window?.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
    });

    // The preload exists and is CommonJS: a sandboxed preload cannot load ES modules.
    const preload = String(window?.webPreferences['preload']);
    const exposed: string[] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (name: string) => exposed.push(name) },
      ipcRenderer: { invoke: () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    runInNewContext(`(function (exports, require, module) {${readFileSync(preload, 'utf8')}\n})`, {})(
      {},
      (name: string) => {
        if (name !== 'electron') throw new Error(`the preload requires ${name}`);
        return fakeElectron;
      },
      { exports: {} },
    );
    expect(exposed).toEqual(['studio']);

    await studio.ask({ op: 'quit' });
    expect(await studio.exit).toBe(0);
    dir.remove();
  });

  it('serves the renderer from studio:// with the production CSP', async () => {
    const dir = makeTempDir('crosslive-boot-');
    const studio = boot([`--user-data-dir=${dir.path}`]);
    running.push(studio);
    await started(studio);

    const page = await studio.ask<{ status: number; headers: Record<string, string>; body: string }>({
      op: 'fetch',
      url: 'studio://app/index.html',
    });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(buildContentSecurityPolicy('production'));
    expect(page.body).toContain('<div id="root">');
    const outside = await studio.ask<{ status: number }>({
      op: 'fetch',
      url: 'studio://app/../../package.json',
    });
    expect(outside.status).toBe(404);
    dir.remove();
  });

  it('has an ipcMain handler for every channel, and a call reaches SQLite', async () => {
    const dir = makeTempDir('crosslive-boot-');
    const studio = boot([`--user-data-dir=${dir.path}`]);
    running.push(studio);
    const state = await started(studio);

    expect([...state.ipcChannels].sort()).toEqual([...invokeChannels].sort());
    const saved = await studio.ask({ op: 'invoke', channel: 'settings:update', payload: { outputFps: 60 } });
    expect(saved).toMatchObject({ ok: true });
    expect(storedSetting(dir.path, 'outputFps')).toBe(60);
    dir.remove();
  });

  it('refuses calls from a subframe, a disposed frame and no frame, without throwing', async () => {
    const dir = makeTempDir('crosslive-boot-');
    const studio = boot([`--user-data-dir=${dir.path}`]);
    running.push(studio);
    await started(studio);

    for (const frame of ['subframe', 'disposed', 'none']) {
      const answer = await studio.ask({
        op: 'invoke',
        channel: 'settings:update',
        payload: { outputFps: 30 },
        frame,
      });
      expect(answer, frame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(storedSetting(dir.path, 'outputFps')).toBeUndefined();
    dir.remove();
  });

  it('keeps an unpackaged run’s data in a development folder of its own', async () => {
    const appData = makeTempDir('crosslive-boot-appdata-');
    const studio = boot([], { ELECTRON_DOUBLE_APP_DATA: appData.path });
    running.push(studio);
    await started(studio);

    expect(existsSync(join(appData.path, 'CrossLive Studio (development)', 'studio.sqlite'))).toBe(true);
    expect(existsSync(join(appData.path, 'CrossLive Studio'))).toBe(false);
    appData.remove();
  });

  it('a failure during start shows an error dialog, goes to main.log and quits non-zero', async () => {
    const dir = makeTempDir('crosslive-boot-');
    // A folder where the database file should be: SQLite cannot open it.
    mkdirSync(join(dir.path, 'studio.sqlite'));
    const studio = boot([`--user-data-dir=${dir.path}`]);
    running.push(studio);

    expect(await studio.exit).toBe(1);
    expect(studio.stderr()).toMatch(/electron-double dialog .*CrossLive Studio could not start/);
    const log = readFileSync(join(dir.path, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('studio failed to start');
    dir.remove();
  });
});
