/** What the report service's node tests share: payloads, a service on either engine, a `serve` process. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { createReportService } from '../../lib/service/index.js';
import { startPostgres } from './postgres-cluster.mjs';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const ADMIN_TOKEN = 'test-admin-token';

/** A valid report for `caseId`, with `changes` on top. */
export function report(caseId, changes = {}) {
  const actions = changes.actions ?? [
    { type: 'email', target: 'Valeriy Georgievich Petrov', count: 1 },
    { type: 'phone', count: 2 },
  ];
  return {
    case: caseId,
    ua: '126.19',
    key: randomUUID(),
    actions,
    total: actions.reduce((sum, a) => sum + a.count, 0),
    at: new Date().toISOString(),
    widget: '0.1.0',
    origin: 'https://partner.example',
    ...changes,
  };
}

export const post = (base, body, headers = {}) =>
  fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });

export const totalOf = async (base, caseId) =>
  (await (await fetch(`${base}/api/reports/total?case=${encodeURIComponent(caseId)}`)).json()).total;

export const exportOf = async (base, query = '') =>
  (await fetch(`${base}/api/reports/export?format=json${query}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();

let caseCount = 0;
/** A case id no other test uses. */
export const freshCase = (name = 'case') => `${name}-${process.pid}-${++caseCount}`;

/**
 * Where each engine keeps a test's data: a new SQLite file, or a new database on one throwaway PostgreSQL cluster
 * (started on first use; `stopEngines()` removes everything).
 */
const scratch = mkdtempSync(join(tmpdir(), 'urgent-action-service-'));
let postgres;
let databases = 0;
export const ENGINES = ['sqlite', 'postgres'];
export async function newDatabase(engine) {
  if (engine === 'sqlite') return join(scratch, `reports-${++databases}.db`);
  postgres ??= await startPostgres();
  return postgres.database(`reports_${++databases}`);
}
export function stopEngines() {
  postgres?.stop();
  rmSync(scratch, { recursive: true, force: true });
}

/** Runs `sql` (one or more statements) on a test database, a SQLite file or a PostgreSQL URL, as a second connection. */
export async function runSql(db, sql) {
  if (!db.startsWith('postgres://')) {
    const sqlite = new Sqlite(db);
    try {
      sqlite.exec(sql);
    } finally {
      sqlite.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The service in this process behind node:http on a free port. */
export async function startService(db, options = {}) {
  const service = await createReportService({
    db,
    allowOrigins: [],
    rateLimitIp: 0,
    rateLimitCase: 0,
    trustProxy: false,
    keepPersonalDays: 90,
    adminToken: ADMIN_TOKEN,
    ...options,
  });
  const server = createServer(service.listener);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    service,
    base: `http://127.0.0.1:${server.address().port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await service.close();
    },
  };
}

/** `urgent-action serve` as a process on a free port; resolves once it printed where it listens. */
export function startServe(args, env = {}) {
  const child = spawn(process.execPath, [join(repo, 'bin/urgent-action.js'), 'serve', '--port', '0', ...args], {
    cwd: repo,
    env: { ...process.env, URGENT_ACTION_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in 20 s:\n${output}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening:\n${output}`)));
    child.stdout.on('data', () => {
      const listening = /listening on (http:\S+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      resolve({
        child,
        base: listening[1],
        output: () => output,
        exited: new Promise((done) =>
          child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code, signal) => done(code ?? signal)),
        ),
      });
    });
  });
}
