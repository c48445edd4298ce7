/** Runs the Node tests (`test/node/*.test.mjs`, node --test) and returns their counts. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export function runNodeTests(tapFile = '.cache/node-tests.tap') {
  rmSync(tapFile, { force: true });
  const files = readdirSync('test/node')
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => `test/node/${file}`);
  // Readable results on screen; TAP in a file, whose closing "# pass N" and "# fail N" lines give the counts.
  const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
  reporters.push('--test-reporter=tap', `--test-reporter-destination=${tapFile}`);
  const { status } = spawnSync('node', ['--test', ...reporters, ...files], { stdio: 'inherit' });
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const counts = { passed: count('pass'), failed: count('fail'), skipped: count('skipped') + count('todo') };
  if (status !== 0 && counts.failed === 0) counts.failed++;
  return counts;
}
