// Reads the vitest and Playwright JSON reports of `npm test` and prints one
// closing line for the whole run, with every skipped test and its reason above it.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('.vitest-results.json');
const e2e = read('.playwright-results.json');

let passed = 0;
let failed = 0;
let skipped = 0;
const skips = [];

if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}

function walk(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status === 'skipped') {
        const reason = test.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        skips.push(`${spec.file}: ${spec.title}: ${reason}`);
      }
    }
  }
  for (const child of suite.suites ?? []) walk(child);
}

if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  for (const suite of e2e.suites ?? []) walk(suite);
}

for (const line of skips) console.log(`skipped: ${line}`);
console.log(
  `unit: ${unit ? unit.numTotalTests : 0} tests, e2e: ${e2e ? e2e.stats.expected + e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped : 0} tests`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || !unit || !e2e ? 1 : 0);
