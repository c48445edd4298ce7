/**
 * A throwaway WordPress for the plug-in's tests: MariaDB on a temporary data directory (socket only, no TCP port),
 * a copy of Debian's WordPress core with its own wp-config.php (WP_DEBUG on, notices to a log file), installed by
 * site.php, served by PHP's built-in server on 127.0.0.1. stop() ends what it started, by process id, and deletes
 * the directory.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

// MariaDB's server and installer live in /usr/sbin, which a non-root PATH may lack.
const toolEnv = { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` };
const run = (command, args, options = {}) => promisify(execFile)(command, args, { env: toolEnv, ...options });
const WORDPRESS_CORE = process.env.WORDPRESS_CORE ?? '/usr/share/wordpress';
const sitePhp = resolve('test/wordpress/site.php');

/** Starts MariaDB and PHP, installs WordPress, and returns what the tests need. */
export async function startWordPress({ ports = [8870, 8889] } = {}) {
  for (const tool of ['php', 'mariadbd', 'mariadb-install-db', 'mariadb']) {
    await run('sh', ['-c', `command -v ${tool}`]).catch(() => {
      throw new Error(`${tool} is missing: install the Debian packages php-cli php-mysql mariadb-server (see .ci/run)`);
    });
  }
  if (!existsSync(join(WORDPRESS_CORE, 'wp-includes/version.php'))) {
    throw new Error(`no WordPress core in ${WORDPRESS_CORE}: install the Debian package wordpress (see .ci/run)`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'urgent-action-wp-'));
  const processes = [];
  const site = { dir, stop: () => stopAll(processes, dir) };
  try {
    const socket = join(dir, 'mysql.sock');
    await startMariaDb(dir, socket, processes);

    const root = join(dir, 'site');
    // Debian's core is wired to /etc/wordpress; a copy (without the 31 MB of translations) takes a config of its own.
    cpSync(WORDPRESS_CORE, root, {
      recursive: true,
      dereference: true,
      filter: (path) => !/(^|\/)(\.htaccess|wp-config\.php|languages)$/.test(path.slice(WORDPRESS_CORE.length)),
    });
    const port = await freePort(ports);
    const url = `http://127.0.0.1:${port}`;
    const log = join(dir, 'debug.log');
    writeFileSync(join(root, 'wp-config.php'), wpConfig({ socket, url, log }));
    mkdirSync(join(root, 'wp-content/mu-plugins'));
    cpSync(resolve('test/wordpress/offline.php'), join(root, 'wp-content/mu-plugins/offline.php'));

    const env = { ...toolEnv, WP_DIR: root };
    const debugLog = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
    const php = async (command, arg = '') => {
      try {
        const { stdout } = await run('php', [sitePhp, command, arg], { env, timeout: 60_000, maxBuffer: 16 << 20 });
        return JSON.parse(stdout);
      } catch (error) {
        throw new Error(`site.php ${command} failed: ${error.message}\n${debugLog()}`);
      }
    };
    const users = await php('install');

    // Several workers: a page's wp_remote_get of a case on this same site must not wait for the page itself.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
      detached: true,
    });
    processes.push(server);
    running.add(server);
    await waitFor(
      async () => (await fetch(`${url}/wp-login.php`)).ok,
      'the PHP server',
      () => server.exitCode !== null,
    );

    /** The REST API as a user, authenticated by application password, as a script or app would use it. */
    const rest = async (login, method, route, body) => {
      const auth = Buffer.from(`${login}:${users[login].appPassword}`).toString('base64');
      const response = await fetch(`${url}/?rest_route=${route}`, {
        method,
        headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${route} as ${login}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    return Object.assign(site, { url, root, users, php, rest, debugLog });
  } catch (error) {
    await site.stop();
    throw error;
  }
}

async function startMariaDb(dir, socket, processes) {
  const data = join(dir, 'db');
  const user = `--user=${userInfo().username}`;
  await run(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, user, '--auth-root-authentication-method=normal', '--skip-test-db'],
    {
      timeout: 60_000,
    },
  );
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      `--log-error=${join(dir, 'mariadb.err')}`,
      '--skip-networking',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--innodb-flush-log-at-trx-commit=0',
      user,
    ],
    { stdio: 'ignore', detached: true, env: toolEnv },
  );
  processes.push(server);
  running.add(server);
  const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { timeout: 10_000 });
  await waitFor(
    () => sql('SELECT 1').then(() => true),
    'MariaDB',
    () => server.exitCode !== null,
  );
  await sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
}

function wpConfig({ socket, url, log }) {
  const define = (name, value) => `define( ${JSON.stringify(name)}, ${typeof value === 'string' ? `'${value}'` : value} );`;
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return [
    '<?php',
    define('DB_NAME', 'wordpress'),
    define('DB_USER', 'root'),
    define('DB_PASSWORD', ''),
    define('DB_HOST', `localhost:${socket}`),
    define('DB_CHARSET', 'utf8mb4'),
    define('DB_COLLATE', ''),
    ...salts.map((name) => define(name, `test-${name}-${Math.random().toString(36).slice(2)}`)),
    define('WP_HOME', url),
    define('WP_SITEURL', url),
    // Every notice, warning and deprecation goes to the log the test reads; none is shown in the page.
    define('WP_DEBUG', true),
    define('WP_DEBUG_LOG', log),
    define('WP_DEBUG_DISPLAY', false),
    // Application passwords over plain http, for the REST API as each user.
    define('WP_ENVIRONMENT_TYPE', 'local'),
    // Nothing leaves the machine: no update checks, no cron; the site's own host is still reachable.
    define('WP_HTTP_BLOCK_EXTERNAL', true),
    define('DISABLE_WP_CRON', true),
    define('AUTOMATIC_UPDATER_DISABLED', true),
    define('FS_METHOD', 'direct'),
    "$table_prefix = 'wp_';",
    "if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
}

/**
 * Each server runs in a process group of its own (PHP's server forks its workers): stopping it signals the group.
 * Whatever is still running when Node exits is killed on the way out.
 */
const running = new Set();
process.on('exit', () => {
  for (const child of running) signal(child, 'SIGKILL');
});

function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // The group has already gone.
  }
}

async function stopAll(processes, dir) {
  for (const child of processes.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((done) => {
        const kill = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
        child.once('exit', () => done(clearTimeout(kill)));
        signal(child, 'SIGTERM');
      });
    }
    signal(child, 'SIGKILL');
    running.delete(child);
  }
  rmSync(dir, { recursive: true, force: true });
}

async function waitFor(check, what, gaveUp, ms = 30_000) {
  for (const started = Date.now(); Date.now() - started < ms;) {
    if (gaveUp()) throw new Error(`${what} exited while starting`);
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${what} did not start within ${ms / 1000} s`);
}

/** The first port of the range nobody listens on. */
async function freePort([first, last]) {
  for (let port = first; port <= last; port++) {
    const free = await new Promise((done) => {
      const server = createServer()
        .once('error', () => done(false))
        .listen(port, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${first}-${last}`);
}
