import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { OBSWebSocket } from 'obs-websocket-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { ObsState, ObsStats } from '../../../src/shared/obs/obsState';
import { freePort } from '../../support/freePort';
import { launchObs, obsAvailable, waitForPort, type ObsStudio } from '../../support/obs/obsStudio';
import { buildServices } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';
import { waitForListener } from '../../support/listening';

const password = 'factory-floor-7';

/** The studio's services pointed at an OBS address, with the password stored as a secret. */
function studioFor(url: string, secret?: string) {
  const dir = makeTempDir();
  const services = buildServices(dir.path);
  services.settings.update({ obsAddress: url });
  if (secret) services.secrets.set('obsPassword', secret);
  return {
    services,
    obs: services.obs,
    state: (): ObsState => services.obs.state(),
    dispose: () => {
      services.close();
      dir.remove();
    },
  };
}

type Studio = ReturnType<typeof studioFor>;

describe.skipIf(!obsAvailable())('OBS Studio control (real OBS 29 under Xvfb)', () => {
  let obs: ObsStudio;
  let studio: Studio | undefined;
  let probe: OBSWebSocket | undefined;

  beforeAll(async () => {
    obs = await launchObs({ password });
  }, 60_000);
  afterAll(async () => {
    await obs.dispose();
  });
  afterEach(async () => {
    studio?.dispose();
    studio = undefined;
    await probe?.disconnect();
    probe = undefined;
  });

  /** A second client, like another producer tool, changing OBS under the studio's feet. */
  async function otherClient(): Promise<OBSWebSocket> {
    probe = new OBSWebSocket();
    await probe.connect(obs.url, password);
    return probe;
  }

  it('connects with the password and mirrors the scene list in OBS order', async () => {
    studio = studioFor(obs.url, password);
    studio.obs.connect();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('connected');
    expect(studio.state()).toMatchObject({
      failure: null,
      obsWebSocketVersion: '5.1.0',
      scenes: ['Factory', 'Warehouse', 'Close-up'],
      program: 'Factory',
      transitions: ['Cut', 'Fade'],
    });
  });

  it('reports a wrong password (close code 4009) once, without retrying', async () => {
    studio = studioFor(obs.url, 'not-the-password');
    studio.obs.connect();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('failed');
    expect(studio.state()).toMatchObject({ failure: 'OBS_AUTH_FAILED', attempt: 0, retryAt: null });
    await new Promise((r) => setTimeout(r, 800));
    expect(studio.state().status).toBe('failed');
    await expect(studio.obs.setProgramScene('Factory')).rejects.toMatchObject({ code: 'OBS_NOT_CONNECTED' });
  });

  it('switches program, and preview with a transition in studio mode', async () => {
    studio = studioFor(obs.url, password);
    studio.obs.connect();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('connected');
    await studio.obs.setProgramScene('Warehouse');
    await expect.poll(() => studio?.state().program).toBe('Warehouse');

    await studio.obs.setStudioMode(true);
    await expect.poll(() => studio?.state().studioMode).toBe(true);
    await studio.obs.setTransition('Fade', 200);
    await expect.poll(() => studio?.state().transitionMs).toBe(200);
    await studio.obs.setPreviewScene('Close-up');
    await expect.poll(() => studio?.state().preview).toBe('Close-up');
    await studio.obs.transitionToProgram();
    await expect.poll(() => studio?.state().program, { timeout: 5000 }).toBe('Close-up');
    await studio.obs.setStudioMode(false);
    await expect.poll(() => studio?.state().preview).toBeNull();
    await studio.obs.setProgramScene('Factory');
  });

  it('keeps the scene list live as scenes are created, renamed and removed in OBS', async () => {
    studio = studioFor(obs.url, password);
    studio.obs.connect();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('connected');
    const other = await otherClient();

    await other.call('CreateScene', { sceneName: 'Loading dock' });
    await expect.poll(() => studio?.state().scenes).toContain('Loading dock');
    studio.obs.setPins(['Loading dock', 'Factory']);
    studio.obs.linkScene('studio-scene-1', 'Loading dock');

    await other.call('SetSceneName', { sceneName: 'Loading dock', newSceneName: 'Dock 2' });
    await expect.poll(() => studio?.state().scenes).toContain('Dock 2');
    // OBS sends the new scene list and the rename as two events, in either order.
    await expect.poll(() => studio?.state().pins).toEqual(['Dock 2', 'Factory']);
    expect(studio.state().sceneLinks).toEqual({ 'studio-scene-1': 'Dock 2' });

    await other.call('RemoveScene', { sceneName: 'Dock 2' });
    await expect.poll(() => studio?.state().scenes).not.toContain('Dock 2');
    await expect(studio.obs.setProgramScene('Dock 2')).rejects.toMatchObject({ code: 'OBS_SCENE_MISSING' });
  });

  it('records, and reports the file once OBS has finished writing it', async () => {
    studio = studioFor(obs.url, password);
    studio.obs.connect();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('connected');
    await studio.obs.setRecording(true);
    await expect.poll(() => studio?.state().recording, { timeout: 10_000 }).toBe('active');
    await new Promise((r) => setTimeout(r, 1500));
    await studio.obs.setRecording(false);
    await expect.poll(() => studio?.state().recording, { timeout: 10_000 }).toBe('stopped');
    const file = studio.state().lastRecording;
    expect(file).toMatch(/\.mkv$/);
    expect(existsSync(file ?? '')).toBe(true);
    expect(statSync(file ?? '').size).toBeGreaterThan(10_000);
  });

  it('reconnects by itself after OBS is killed and restarted, and reads its state again', async () => {
    studio = studioFor(obs.url, password);
    studio.obs.connect();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('connected');
    await obs.kill();
    await expect.poll(() => studio?.state().status, { timeout: 5000 }).toBe('reconnecting');
    expect(studio.state().failure).toBe('OBS_UNREACHABLE');
    await obs.start();
    await expect.poll(() => studio?.state().status, { timeout: 10_000 }).toBe('connected');
    const other = await otherClient();
    const list = await other.call('GetSceneList');
    expect(studio.state().program).toBe(list.currentProgramSceneName);
    expect([...studio.state().scenes].sort()).toEqual(list.scenes.map((s) => String(s['sceneName'])).sort());
  }, 60_000);
});

describe.skipIf(!obsAvailable())('OBS Studio without a password, and things that are not OBS', () => {
  it('connects to an OBS that asks for no password', async () => {
    const obs = await launchObs();
    const studio = studioFor(obs.url);
    try {
      studio.obs.connect();
      await expect.poll(() => studio.state().status, { timeout: 10_000 }).toBe('connected');
    } finally {
      studio.dispose();
      await obs.dispose();
    }
  }, 60_000);
});

describe.skipIf(!obsAvailable())('OBS streaming to a real RTMP server', () => {
  it('starts and stops the stream and reports its bitrate', async () => {
    const rtmpPort = await freePort();
    // ffmpeg as the ingest server: it accepts one RTMP publisher and discards the media.
    const ingest = spawn(
      'ffmpeg',
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-listen',
        '1',
        '-i',
        `rtmp://127.0.0.1:${rtmpPort}/live/studio`,
        '-c',
        'copy',
        '-f',
        'null',
        '-',
      ],
      { stdio: 'ignore' },
    );
    await waitForListener(rtmpPort, 10_000);
    const obs = await launchObs({ password, streamUrl: `rtmp://127.0.0.1:${rtmpPort}/live` });
    const studio = studioFor(obs.url, password);
    const stats: ObsStats[] = [];
    studio.services.events.connect((event, payload) => {
      if (event === 'obs:onStats') stats.push(payload as ObsStats);
    });
    try {
      studio.obs.connect();
      await expect.poll(() => studio.state().status, { timeout: 10_000 }).toBe('connected');
      await studio.obs.setStreaming(true);
      await expect.poll(() => studio.state().streaming, { timeout: 10_000 }).toBe('active');
      await expect.poll(() => stats.at(-1)?.streamKbps ?? 0, { timeout: 10_000 }).toBeGreaterThan(50);
      expect(stats.at(-1)?.fps).toBeGreaterThan(0);
      await studio.obs.setStreaming(false);
      await expect.poll(() => studio.state().streaming, { timeout: 10_000 }).toBe('stopped');
    } finally {
      studio.dispose();
      await obs.dispose();
      ingest.kill('SIGKILL');
    }
  }, 60_000);
});

describe('OBS link failures', () => {
  it('keeps retrying, with capped backoff, a port where nothing listens', async () => {
    const studio = studioFor(`ws://127.0.0.1:${await freePort()}`);
    try {
      studio.obs.connect();
      await expect.poll(() => studio.state().attempt, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(studio.state()).toMatchObject({ status: 'reconnecting', failure: 'OBS_UNREACHABLE' });
      await expect(studio.obs.setRecording(true)).rejects.toMatchObject({ code: 'OBS_NOT_CONNECTED' });
      studio.obs.disconnect();
      expect(studio.state().status).toBe('off');
    } finally {
      studio.dispose();
    }
  });

  it('says a WebSocket server that never sends Hello is not obs-websocket 5', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((r) => server.once('listening', r));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const studio = studioFor(`ws://127.0.0.1:${port}`);
    try {
      studio.obs.connect();
      await expect.poll(() => studio.state().status, { timeout: 10_000 }).toBe('failed');
      expect(studio.state().failure).toBe('OBS_UNSUPPORTED');
    } finally {
      studio.dispose();
      server.close();
    }
  });

  it('treats a TCP server that is not WebSocket as unreachable, not as a crash', async () => {
    const server = createServer((socket) => {
      socket.on('error', () => undefined); // clients hanging up mid-reply are expected here
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await waitForPort(port, 2000);
    const studio = studioFor(`ws://127.0.0.1:${port}`);
    try {
      studio.obs.connect();
      await expect.poll(() => studio.state().status, { timeout: 5000 }).toBe('reconnecting');
      expect(studio.state().failure).toBe('OBS_UNREACHABLE');
    } finally {
      studio.dispose();
      server.close();
    }
  });
});
