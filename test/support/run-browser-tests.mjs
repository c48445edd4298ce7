/**
 * Runs the browser suite with @web/test-runner and returns its counts per browser. An engine expected by
 * `WTR_ENGINES` whose tests never reported counts as a failure, so a launcher that silently ran nothing cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { BROWSER_NAMES, FIREFOX_PREFERRING } from './browsers.mjs';

export function runBrowserTests(engines, args = [], countsFile = '.cache/test-counts.json') {
  // WebKit runs on its own once the others are done: in one run with them, its WebDriver session at times never started a file.
  const runs = [engines.filter((engine) => engine !== 'webkit'), engines.filter((engine) => engine === 'webkit')].filter(
    (run) => run.length,
  );
  const byBrowser = {};
  let status = 0;
  for (const run of runs) {
    rmSync(countsFile, { force: true });
    const wtr = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args], {
      stdio: 'inherit',
      env: { ...process.env, WTR_COUNTS: countsFile, WTR_ENGINES: run.join(',') },
    });
    if (existsSync(countsFile)) Object.assign(byBrowser, JSON.parse(readFileSync(countsFile, 'utf8')));
    status ||= wtr.status ?? 1;
  }
  const expected = engines.map((engine) => BROWSER_NAMES[engine]);
  // The preferences group runs only when no files are named on the command line.
  if (engines.includes('firefox') && !args.includes('--files')) expected.push(FIREFOX_PREFERRING);
  for (const name of expected) {
    const counts = byBrowser[name];
    if (counts && counts.passed + counts.failed + counts.skipped > 0) continue;
    console.error(`${name}: no test reported (web-test-runner exited with status ${status})`);
    byBrowser[name] = { passed: 0, failed: 1, skipped: 0 };
  }
  const failed = Object.values(byBrowser).reduce((sum, counts) => sum + counts.failed, 0);
  if (status !== 0 && failed === 0) byBrowser['web-test-runner'] = { passed: 0, failed: 1, skipped: 0 };
  return byBrowser;
}
