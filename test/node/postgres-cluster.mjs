/**
 * A throwaway PostgreSQL cluster for tests and the service benchmark: Debian's `postgresql` binaries, `initdb` in a
 * temporary folder and `pg_ctl` on a free port (as the `postgres` user when run as root, which initdb refuses), all
 * removed by `stop()`. PG_BIN overrides where the binaries are; PG_PORTS the ports to try ("8840-8849").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binaries() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed (Debian package "postgresql"; or set PG_BIN)');
  return join(root, newest, 'bin');
}

const portFree = (port) =>
  new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Starts a cluster; resolves with `{ url, port, stop }`. `url` points at the `postgres` database. */
export async function startPostgres() {
  const bin = binaries();
  const [first, last] = (process.env.PG_PORTS ?? '8840-8849').split('-').map(Number);
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
  const dir = mkdtempSync(join(tmpdir(), 'urgent-action-pg-'));
  if (asRoot) chownSync(dir, ids.uid, ids.gid);
  const data = join(dir, 'data');
  const run = (command, args) => spawnSync(join(bin, command), args, { ...ids, cwd: dir, encoding: 'utf8' });
  const removeDir = () => rmSync(dir, { recursive: true, force: true });

  const init = run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  if (init.status !== 0) {
    removeDir();
    throw new Error(`initdb failed: ${init.stderr}`);
  }
  // Ports of the range in turn: test files run side by side and each starts its own cluster.
  const offset = process.pid % (last - first + 1);
  for (let i = 0; i <= last - first; i++) {
    const port = first + ((offset + i) % (last - first + 1));
    if (!(await portFree(port))) continue;
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 -c shared_buffers=32MB`;
    const started = run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
    if (started.status !== 0) continue;
    let stopped = false;
    return {
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      /** Creates an empty database and answers its URL, so tests sharing a cluster don't share data. */
      database(name) {
        const created = spawnSync(
          join(bin, 'psql'),
          ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', `CREATE DATABASE "${name}"`],
          { encoding: 'utf8' },
        );
        if (created.status !== 0) throw new Error(`CREATE DATABASE failed: ${created.stderr}`);
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      stop() {
        if (stopped) return;
        stopped = true;
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        removeDir();
      },
    };
  }
  removeDir();
  throw new Error(`no PostgreSQL could start on ports ${first}-${last}`);
}
