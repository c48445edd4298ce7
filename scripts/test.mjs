/**
 * `npm test`: everything CI checks, each check counted, ending with the line CI reads: `N passed, N failed, N skipped`.
 * The build, the bundle's size, the package as npm packs it and lint count one test each; then the Node tests and the
 * browser suite (Chromium, Firefox, WebKit, or those in `WTR_ENGINES`; arguments go to web-test-runner).
 * It stops at once when browsers are missing, and after a failed build: tests against a stale lib/ and dist/ prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { enginesFromEnv, missingExecutables } from '../test/support/browsers.mjs';
import { runBrowserTests } from '../test/support/run-browser-tests.mjs';
import { runNodeTests } from '../test/support/run-node-tests.mjs';
import { installSystemPackages } from '../tooling/system-packages.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (name, counts) => {
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(totals)) totals[key] += counts[key];
};
const succeeds = (command, ...args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const check = (command, ...args) => totals[succeeds(command, ...args) ? 'passed' : 'failed']++;
const finish = () => {
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
};
const stop = (problem) => {
  console.error(problem);
  totals.failed++;
  finish();
};

mkdirSync('.cache', { recursive: true });
const engines = enginesFromEnv();
const missing = installSystemPackages(() => missingExecutables(engines));
if (missing) stop(missing);
if (!succeeds('node', 'scripts/build.mjs')) stop('The build failed: no test runs against a stale lib/ and dist/.');
check('node', 'scripts/size.mjs');
check('node', 'scripts/check-package.mjs');
check('npm', 'run', '--silent', 'lint');

add('node', runNodeTests());
for (const [browser, counts] of Object.entries(runBrowserTests(engines, process.argv.slice(2)))) add(browser, counts);
finish();
