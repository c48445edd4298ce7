/**
 * `npm test`: builds (the bundle tests load dist/, the Node tests lib/), checks the package as npm would pack it,
 * runs the Node tests (`test/node/*.test.mjs`, node --test) and the browser suite (@web/test-runner), then prints the
 * closing line CI reads: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.cache', { recursive: true });
const countsFile = '.cache/test-counts.json';
rmSync(countsFile, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed.');
  totals.failed++;
}

// The package as npm would publish it: counted as one test.
const packageCheck = spawnSync('node', ['scripts/check-package.mjs'], { stdio: 'inherit' });
totals[packageCheck.status === 0 ? 'passed' : 'failed']++;

// Readable results on screen; TAP in a file, whose closing "# pass N" and "# fail N" lines give the counts.
const nodeTap = '.cache/node-tests.tap';
rmSync(nodeTap, { force: true });
const nodeTests = readdirSync('test/node').filter((file) => file.endsWith('.test.mjs')).map((file) => `test/node/${file}`);
const node = spawnSync(
  'node',
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${nodeTap}`, ...nodeTests],
  { stdio: 'inherit' },
);
const tap = existsSync(nodeTap) ? readFileSync(nodeTap, 'utf8') : '';
const tapCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const nodeCounts = { passed: tapCount('pass'), failed: tapCount('fail'), skipped: tapCount('skipped') + tapCount('todo') };
if (node.status !== 0 && nodeCounts.failed === 0) nodeCounts.failed++;

const wtr = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WTR_COUNTS: countsFile },
});

if (existsSync(countsFile)) {
  for (const [browser, counts] of Object.entries(JSON.parse(readFileSync(countsFile, 'utf8')))) {
    console.log(`${browser}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
} else {
  console.error(`The browser test run ended (status ${wtr.status}) without reporting counts.`);
  totals.failed++;
}
if (wtr.status !== 0 && totals.failed === 0) totals.failed++;

console.log(`node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed, ${nodeCounts.skipped} skipped`);
for (const key of Object.keys(totals)) totals[key] += nodeCounts[key];

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
