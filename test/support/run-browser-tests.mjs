/**
 * Runs the browser suite with @web/test-runner and returns its counts per browser. An engine expected by
 * `WTR_ENGINES` whose tests never reported counts as a failure, so a launcher that silently ran nothing cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { BROWSER_NAMES, FIREFOX_PREFERRING } from './browsers.mjs';

export function runBrowserTests(engines, args = [], countsFile = '.cache/test-counts.json') {
  rmSync(countsFile, { force: true });
  const wtr = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args], {
    stdio: 'inherit',
    env: { ...process.env, WTR_COUNTS: countsFile },
  });
  const byBrowser = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : {};
  const expected = engines.map((engine) => BROWSER_NAMES[engine]);
  // The preferences group runs only when no files are named on the command line.
  if (engines.includes('firefox') && !args.includes('--files')) expected.push(FIREFOX_PREFERRING);
  for (const name of expected) {
    const counts = byBrowser[name];
    if (counts && counts.passed + counts.failed + counts.skipped > 0) continue;
    console.error(`${name}: no test reported (web-test-runner exited with status ${wtr.status})`);
    byBrowser[name] = { passed: 0, failed: 1, skipped: 0 };
  }
  const failed = Object.values(byBrowser).reduce((sum, counts) => sum + counts.failed, 0);
  if (wtr.status !== 0 && failed === 0) byBrowser['web-test-runner'] = { passed: 0, failed: 1, skipped: 0 };
  return byBrowser;
}
