// Runs every `npm run bench:<name>` once in its quick mode (BENCH_QUICK=1: seconds,
// not minutes, on the same code path) and checks that each still ends with one JSON
// object, so a bench that breaks fails CI the day it breaks. The figures mean nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:') && name !== 'bench:quick');
const failed = [];

for (const bench of benches) {
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', bench], {
    cwd: root,
    env: { ...process.env, BENCH_QUICK: '1' },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = (run.stdout ?? '').trim().split('\n').at(-1) ?? '';
  let figures;
  try {
    figures = JSON.parse(last);
  } catch {
    figures = undefined;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (run.status === 0 && figures && typeof figures === 'object' && !Array.isArray(figures)) {
    console.log(`${bench}: ok in ${seconds} s, ${Object.keys(figures).length} figures`);
  } else {
    failed.push(bench);
    console.log(`${bench}: FAILED in ${seconds} s (exit ${run.status ?? run.signal})`);
    console.log(`${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n'));
  }
}

if (failed.length > 0) {
  console.log(`benches broken: ${failed.join(', ')}`);
  process.exit(1);
}
