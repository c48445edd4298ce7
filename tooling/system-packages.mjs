/**
 * The Debian packages the tests need (listed once, in .ci/apt-packages, which .ci/run installs too). On a machine that
 * lacks them, `npm test` installs them when it runs as root on Debian, or stops at once naming the command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const APT_PACKAGES = readFileSync(new URL('../.ci/apt-packages', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

const INSTALL = `apt-get install -y ${APT_PACKAGES.join(' ')}`;

/**
 * Makes sure `missing()` (what the tests need and this machine lacks) comes back empty: installs the packages with apt
 * when it can, and returns a message naming the one command to run when it cannot (undefined when all is there).
 */
export function installSystemPackages(missing) {
  let lacking = missing();
  if (!lacking.length) return undefined;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/etc/debian_version')) {
    return `Missing: ${lacking.join(', ')}. Install the browsers the tests use, then run npm test again:\n  sudo ${INSTALL}`;
  }
  console.log(`Missing: ${lacking.join(', ')}. Installing: ${APT_PACKAGES.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!apt('update', '-qq') || !apt('install', '-y', '-qq', ...APT_PACKAGES)) return `apt-get failed. Run: ${INSTALL}`;
  lacking = missing();
  return lacking.length ? `Still missing after apt-get install: ${lacking.join(', ')}` : undefined;
}
