/**
 * `npm test`: builds (the bundle tests load dist/), checks the package as npm would pack it, runs the browser suite
 * with @web/test-runner, then prints the closing line CI reads: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
