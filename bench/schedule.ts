/**
 * Slot suggestions for six markets over eight weeks at 15-minute steps, with the
 * shipped peak hours and a host in Shanghai; each run builds its zone clocks and
 * timelines from scratch, as the schedule page does when the host changes a choice.
 */
import { defaultAvailability } from '../src/shared/schedule/availability';
import { defaultPeakWindows } from '../src/shared/schedule/peakHours';
import { suggestSlots } from '../src/shared/schedule/suggest';
import { report } from './lib/report';
import { percentile, round1 } from './lib/stats';
import { benchSetting } from './lib/settings';

const runs = benchSetting('BENCH_RUNS', 200, 5);
const targets = (['us-east', 'uk', 'de', 'br', 'id', 'au'] as const).map((market, i) => ({
  market,
  weight: i < 2 ? 2 : 1,
}));
const from = Date.parse('2026-03-02T00:00:00Z'); // spans the US and EU spring changes and Sydney's

const timings: number[] = [];
let suggestions = 0;
for (let run = 0; run < runs + 10; run++) {
  const started = performance.now();
  const slots = suggestSlots({
    hostTimeZone: 'Asia/Shanghai',
    availability: defaultAvailability,
    targets,
    peaks: defaultPeakWindows,
    durationMinutes: 90,
    from: from + run * 60_000, // a different grid start each run, so nothing is reused
    weeks: 8,
    stepMinutes: 15,
    busy: [],
    limit: 10,
  });
  const elapsed = performance.now() - started;
  if (run >= 10) timings.push(elapsed); // the first runs warm up the JIT
  suggestions = slots.length;
}

console.log(`${runs} runs, ${suggestions} suggestions each`);
report({
  runs,
  suggest_ms_p50: round1(percentile(timings, 50)),
  suggest_ms: round1(percentile(timings, 95)),
});
