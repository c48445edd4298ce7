/**
 * The report service (service/, compiled in lib/service) for the browser tests, in two forms:
 * - in the test runner's own server under /api/reports, storing into a temporary SQLite file, with controls so tests
 *   can take it down or make it fail:
 *   /test-api/reports/mode?case=ID&set=up|down|fail-once|conflict|reject|broken|not-implemented|huge   down: POSTs
 *     and totals get their connection dropped; fail-once: the next POST answers 500; conflict: POSTs answer 409;
 *     reject: 422; broken: 500; not-implemented: 501; huge: POSTs are answered 200 with 2 MB of JSON whose total is
 *     777 (nothing stored). Per case: the engines run their tests at the same time against this one server, each test
 *     with its own case.
 *   /test-api/reports/log?case=ID   → { posts, stored }: POST requests that reached the endpoint, reports stored.
 *   /test-api/reports/seen?case=ID  → { cookies, last }: whether any request for the case carried a Cookie header,
 *     and the last report stored for it, with the reporter's details.
 * - `urgent-action serve` as a process of its own, started on first use and stopped when the test run ends:
 *   /test-api/serve   → { url }: where it listens; it accepts reports from the test runner's origin only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportService } from '../../lib/service/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'urgent-action-reports-'));
const service = await createReportService({
  db: join(scratch, 'reports.db'),
  allowOrigins: [],
  // The engines' tests all post from 127.0.0.1 at once.
  rateLimitIp: 0,
  rateLimitCase: 0,
  trustProxy: false,
  keepPersonalDays: 90,
});
/** Case ids whose requests carried cookies. */
const withCookies = new Set();
const posts = new Map();
/** Case id → its mode ('up' when never set). */
const modes = new Map();
let serve;

process.once('exit', () => {
  serve?.child.kill();
  rmSync(scratch, { recursive: true, force: true });
});

/** Starts `urgent-action serve` once, taking reports from `origin`; resolves with its URL. */
function startServe(origin) {
  const child = spawn(
    process.execPath,
    ['bin/urgent-action.js', 'serve', '--port', '0', '--db', join(scratch, 'serve.db'), '--allow-origin', origin],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`urgent-action serve exited (${code})`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const listening = /listening on (http:\S+)/.exec(out);
      if (listening) resolve(listening[1]);
    });
  });
  return { child, url };
}

export async function reportsMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/test-api/serve') {
    serve ??= startServe(`${context.protocol}://${context.host}`);
    context.body = { url: await serve.url };
    return;
  }
  if (url.pathname === '/test-api/reports/mode') {
    const mode = url.searchParams.get('set') ?? 'up';
    modes.set(url.searchParams.get('case') ?? '', mode);
    context.body = { mode };
    return;
  }
  if (url.pathname === '/test-api/reports/log') {
    const id = url.searchParams.get('case');
    context.body = { posts: posts.get(id) ?? 0, stored: (await service.store.stats(id)).reports };
    return;
  }
  if (url.pathname === '/test-api/reports/seen') {
    const id = url.searchParams.get('case');
    let last = null;
    for await (const report of service.store.export(id, true)) last = report;
    context.body = { cookies: withCookies.has(id), last };
    return;
  }
  if (!url.pathname.startsWith('/api/reports')) return next();
  const post = context.method === 'POST';
  // The case id travels in the body; the test cases put it in the query too, so the log needs no body parsing.
  const id = url.searchParams.get('case') ?? '';
  if (context.get('cookie')) withCookies.add(id);
  if (post) posts.set(id, (posts.get(id) ?? 0) + 1);
  const mode = modes.get(id) ?? 'up';
  if (mode === 'down') return void context.req.socket.destroy();
  if (post && mode === 'huge') {
    context.set('access-control-allow-origin', '*');
    context.type = 'application/json';
    context.body = JSON.stringify({ total: 777, padding: 'x'.repeat(2_000_000) });
    return;
  }
  if (post && mode !== 'up') {
    const status = { 'fail-once': 500, conflict: 409, reject: 422, broken: 500, 'not-implemented': 501 }[mode];
    if (mode === 'fail-once') modes.delete(id);
    context.status = status;
    context.body = { error: 'test' };
    return;
  }
  context.respond = false;
  await service.listener(context.req, context.res);
}
