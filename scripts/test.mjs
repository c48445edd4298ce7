/**
 * `npm test`: builds (the bundle tests load dist/, the Node tests lib/), checks the bundle's size and the package as npm
 * would pack it, runs the Node tests (`test/node/*.test.mjs`, node --test), starts what WebKit needs (an Xvfb display
 * and WebKitWebDriver), runs the browser suite with @web/test-runner in Chromium, Firefox and WebKit, stops those
 * helpers by process id, then prints a line per engine and the closing line CI reads: `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

mkdirSync('.cache', { recursive: true });
const countsFile = '.cache/test-counts.json';
rmSync(countsFile, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed.');
  totals.failed++;
}

// The bundle's gzip size against the limit CI enforces: counted as one test.
if (build.status === 0) totals[spawnSync('node', ['scripts/size.mjs'], { stdio: 'inherit' }).status === 0 ? 'passed' : 'failed']++;

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
console.log(`node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed, ${nodeCounts.skipped} skipped`);
for (const key of Object.keys(totals)) totals[key] += nodeCounts[key];

const env = { ...process.env, WTR_COUNTS: countsFile };
const helpers = [];
try {
  if ((env.WTR_ENGINES ?? 'webkit').includes('webkit')) await startWebKitDriver(env);
  const wtr = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
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
} catch (error) {
  console.error(error.message);
  totals.failed++;
} finally {
  await Promise.all(helpers.map(stop));
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

/** Starts Xvfb on a free display and WebKitWebDriver on a free port, and tells the config where through `env`. */
async function startWebKitDriver(env) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
  });
  helpers.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  const port = env.WEBKIT_DRIVER_PORT ?? String(await freePort());
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...env, DISPLAY: display } });
  helpers.push(driver);
  driver.on('error', (error) => console.error(`WebKitWebDriver: ${error.message}`));
  for (let waited = 0; ; waited += 100) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (waited > 10_000 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  Object.assign(env, { DISPLAY: display, WEBKIT_DRIVER_PORT: port });
}

/** Stops a helper by its process id and waits until it has gone. */
function stop(child) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return undefined;
  return new Promise((resolve) => child.once('exit', resolve).kill());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
