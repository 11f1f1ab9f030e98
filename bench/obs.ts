/**
 * OBS control against the real OBS Studio under Xvfb: the round trip of a
 * program-scene switch with a cut (the studio's request until OBS's
 * CurrentProgramSceneChanged reaches the studio's state), and the time from
 * OBS's port answering again after a crash to the studio holding OBS's scene
 * list once more.
 */
import type { ObsState } from '../src/shared/obs/obsState';
import { launchObs, obsAvailable } from '../test/support/obs/obsStudio';
import { buildServices } from '../test/support/services';
import { makeTempDir } from '../test/support/tempDir';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';

const switches = benchSetting('BENCH_SWITCHES', 100, 5);
const restarts = benchSetting('BENCH_RESTARTS', 5, 1);
const password = 'bench-password';

if (!obsAvailable()) throw new Error('bench:obs needs OBS Studio and Xvfb (see .ci/run)');

const obs = await launchObs({ password, scenes: ['Factory', 'Warehouse', 'Close-up'] });
const dir = makeTempDir();
const services = buildServices(dir.path);
services.settings.update({ obsAddress: obs.url });
services.secrets.set('obsPassword', password);

/** Resolves with the time at which the studio's OBS state first satisfies `done`. */
function when(done: (state: ObsState) => boolean, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for OBS state')), timeoutMs);
    const stop = services.events.connect((event, payload) => {
      if (event !== 'obs:onState' || !done(payload as ObsState)) return;
      clearTimeout(timer);
      stop();
      resolve(performance.now());
    });
  });
}

try {
  const connected = when((s) => s.status === 'connected');
  services.obs.connect();
  await connected;

  // A cut: OBS reports the new program scene when a transition ends, so a
  // 300 ms fade would be measured, not the control path.
  await services.obs.setTransition('Cut', 0);
  await when((s) => s.transition === 'Cut');
  const scenes = ['Warehouse', 'Close-up', 'Factory'];
  const roundTrips: number[] = [];
  for (let i = 0; i < switches + 5; i++) {
    const target = scenes[i % scenes.length] ?? 'Factory';
    const seen = when((s) => s.program === target);
    const started = performance.now();
    await services.obs.setProgramScene(target);
    const elapsed = (await seen) - started;
    if (i >= 5) roundTrips.push(elapsed); // the first few warm up both ends
  }

  const resyncs: number[] = [];
  for (let i = 0; i < restarts; i++) {
    await obs.kill();
    await when((s) => s.status === 'reconnecting');
    const back = when((s) => s.status === 'connected' && s.scenes.length === 3);
    await obs.start(); // resolves as soon as OBS's port accepts connections
    const portOpen = performance.now();
    resyncs.push((await back) - portOpen);
  }

  console.log(`switch round trips (ms): ${roundTrips.map((v) => v.toFixed(1)).join(' ')}`);
  console.log(`resync after restart (ms): ${resyncs.map((v) => v.toFixed(0)).join(' ')}`);
  report({
    switches,
    switch_ms_p50: round1(percentile(roundTrips, 50)),
    switch_ms_p95: round1(percentile(roundTrips, 95)),
    restarts,
    resync_ms: round1(percentile(resyncs, 50)),
    resync_ms_max: round1(Math.max(...resyncs)),
  });
} finally {
  services.close();
  await obs.dispose();
  dir.remove();
}
