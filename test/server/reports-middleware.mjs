/**
 * The real report endpoint (scripts/report-store.mjs) on the test runner's server, storing into a temporary file,
 * with controls so tests can take it down or make it fail:
 *   /test-api/reports/mode?case=ID&set=up|down|fail-once|broken|conflict|reject   down: POSTs and totals get their
 *     connection dropped; fail-once: the next POST answers 500; broken: POSTs answer 500; conflict: POSTs answer 409;
 *     reject: POSTs answer 422.
 *     Per case: the engines run their tests at the same time against this one server, each test with its own case.
 *   /test-api/reports/log?case=ID   → { posts, stored }: POST requests that reached the endpoint, reports stored.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReportStore, reportRoute } from '../../scripts/report-store.mjs';

const file = join(mkdtempSync(join(tmpdir(), 'urgent-action-reports-')), 'reports.jsonl');
const store = openReportStore(file);
const stored = new Map();
const route = reportRoute(
  {
    ...store,
    add(report) {
      const added = store.add(report);
      if (added) stored.set(report.case, (stored.get(report.case) ?? 0) + 1);
      return added;
    },
  },
  '/api/reports',
);
const posts = new Map();
/** Case id → its mode ('up' when never set). */
const modes = new Map();

export async function reportsMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/test-api/reports/mode') {
    const mode = url.searchParams.get('set') ?? 'up';
    modes.set(url.searchParams.get('case') ?? '', mode);
    context.body = { mode };
    return;
  }
  if (url.pathname === '/test-api/reports/log') {
    const id = url.searchParams.get('case');
    context.body = { posts: posts.get(id) ?? 0, stored: stored.get(id) ?? 0 };
    return;
  }
  if (!url.pathname.startsWith('/api/reports')) return next();
  const post = context.method === 'POST';
  // The case id travels in the body; the test cases put it in the query too, so the log needs no body parsing.
  const id = url.searchParams.get('case') ?? '';
  if (post) posts.set(id, (posts.get(id) ?? 0) + 1);
  const mode = modes.get(id) ?? 'up';
  if (mode === 'down') return void context.req.socket.destroy();
  if (post && mode !== 'up') {
    const status = { 'fail-once': 500, conflict: 409, reject: 422, broken: 500 }[mode];
    if (mode === 'fail-once') modes.delete(id);
    context.status = status;
    context.body = { error: 'test' };
    return;
  }
  context.respond = false;
  await route(context.req, context.res, url);
}
