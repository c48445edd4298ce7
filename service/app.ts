/**
 * The HTTP side of the report service, as a Hono app (web-standard Request in, Response out): the report API the
 * widget speaks (README, "The endpoint contract"), the admin export and the dashboard.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context, type HonoRequest } from 'hono';
import { REPORT_LIMITS, reportPayloadProblem, type ReportPayload } from '../src/report/payload.js';
import { reportsCsv } from './csv.js';
import { renderDashboard } from './dashboard.js';
import { RateLimiter } from './rate-limit.js';
import type { ReportStore, StoredReport } from './store.js';

export interface AppOptions {
  /** Origins allowed to post; empty allows any. */
  allowOrigins: readonly string[];
  rateLimitIp: number;
  rateLimitCase: number;
  trustProxy: boolean;
  /** Opens the export and the dashboard; without it they stay closed. */
  adminToken?: string | undefined;
  now?: () => Date;
}

type Env = { Bindings: Partial<HttpBindings> };

const ADMIN_REALM = 'Basic realm="urgent-action admin", charset="UTF-8"';
const NO_STORE = { 'cache-control': 'no-store' };

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether `header` carries the admin token, as `Bearer TOKEN` or as the password of Basic credentials. */
export function hasAdminToken(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const [scheme = '', value = ''] = header.split(/\s+/, 2);
  let given: string;
  if (/^bearer$/i.test(scheme)) given = value;
  else if (/^basic$/i.test(scheme)) {
    const credentials = Buffer.from(value, 'base64').toString('utf8');
    given = credentials.slice(credentials.indexOf(':') + 1);
  } else return false;
  // Compared as digests of equal length, in constant time.
  return timingSafeEqual(digest(given), digest(token));
}

/** The client's address: the socket's, or behind a trusted proxy the last `X-Forwarded-For` entry (the proxy's own). */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? forwardedFor?.split(',').at(-1)?.trim() : undefined;
  return forwarded || socketAddress || 'unknown';
}

export function createApp(store: ReportStore, options: AppOptions): Hono<Env> {
  const now = options.now ?? (() => new Date());
  const byAddress = new RateLimiter(options.rateLimitIp);
  const byCase = new RateLimiter(options.rateLimitCase);
  const allowed = new Set(options.allowOrigins);
  const app = new Hono<Env>();

  const problem = (c: Context, status: 400 | 401 | 403 | 404 | 413 | 415 | 429, error: string, headers: Record<string, string> = {}) =>
    c.json({ error }, status, { ...NO_STORE, ...headers });

  const tooMany = (c: Context, seconds: number, what: string) =>
    problem(c, 429, `too many reports ${what}: try again in ${seconds} s`, { 'retry-after': String(seconds) });

  // CORS for the widget's endpoints: any origin, or only the listed ones.
  app.use('/api/reports', cors);
  app.use('/api/reports/total', cors);
  async function cors(c: Context, next: () => Promise<void>) {
    const origin = c.req.header('origin');
    const open = !allowed.size;
    const headers: Record<string, string> = open ? { 'access-control-allow-origin': '*' } : { vary: 'Origin' };
    if (!open && origin && allowed.has(origin)) headers['access-control-allow-origin'] = origin;
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        ...headers,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '86400',
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    return undefined;
  }

  app.post(
    '/api/reports',
    async (c, next) => {
      const origin = c.req.header('origin');
      if (allowed.size && !(origin && allowed.has(origin)))
        return problem(c, 403, `reports from ${origin ?? 'pages without an Origin'} are not accepted here`);
      const address = clientAddress(c.req.header('x-forwarded-for'), c.env?.incoming?.socket.remoteAddress, options.trustProxy);
      const wait = byAddress.take(address, now().getTime());
      if (wait) return tooMany(c, wait, 'from this address');
      if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
        return problem(c, 415, 'send the report as Content-Type: application/json');
      return next();
    },
    async (c) => {
      const body = await readBody(c.req, REPORT_LIMITS.bodyBytes);
      if (!body) return problem(c, 413, `a report is at most ${REPORT_LIMITS.bodyBytes} bytes`);
      let data: unknown;
      try {
        // Decoded once, whole: a character split across network chunks arrives intact, and bad UTF-8 is refused.
        data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
      } catch {
        return problem(c, 400, 'the body is not JSON in UTF-8');
      }
      const why = reportPayloadProblem(data);
      if (why) return problem(c, 400, why);
      const report = data as ReportPayload;
      const wait = byCase.take(report.case, now().getTime());
      if (wait) return tooMany(c, wait, 'for this case');
      const { total, added } = await store.add(report, now());
      return c.json(added ? { total } : { total, duplicate: true }, 200, NO_STORE);
    },
  );

  app.get('/api/reports/total', async (c) => {
    const id = c.req.query('case');
    if (!id) return problem(c, 400, 'ask for a case: /api/reports/total?case=ID');
    return c.json({ total: await store.total(id) }, 200, NO_STORE);
  });

  // For load balancers: answers only when the database does.
  app.get('/api/health', async (c) => {
    await store.total('');
    return c.json({ ok: true }, 200, NO_STORE);
  });

  // Admin: the export and the dashboard, with the token as a Bearer token or as the Basic password (for browsers).
  const admin = async (c: Context, next: () => Promise<void>) => {
    if (hasAdminToken(c.req.header('authorization'), options.adminToken)) return next();
    const why = options.adminToken
      ? 'the admin token is missing or wrong'
      : 'closed: the service was started without URGENT_ACTION_ADMIN_TOKEN';
    return problem(c, 401, why, { 'www-authenticate': ADMIN_REALM });
  };
  app.use('/api/reports/export', admin);
  app.use('/admin', admin);
  app.use('/admin/*', admin);

  app.get('/api/reports/export', (c) => {
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') return problem(c, 400, 'format is json or csv');
    const id = c.req.query('case') || undefined;
    const personal = ['1', 'true', 'yes'].includes(c.req.query('personal') ?? '');
    const reports = store.export(id, personal);
    const name = `reports${id ? `-${id.replace(/[^\w.-]+/g, '_')}` : ''}.${format}`;
    const body = format === 'csv' ? reportsCsv(reports, personal) : jsonArray(reports);
    return c.body(streamOf(body), 200, {
      ...NO_STORE,
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    });
  });

  app.get('/admin', (c) => c.redirect('/admin/'));
  app.get('/admin/', async (c) => {
    const cases = await store.cases();
    const id = c.req.query('case') ?? cases[0]?.case;
    const stats = id === undefined ? undefined : await store.stats(id);
    return c.html(renderDashboard(cases, stats), 200, {
      ...NO_STORE,
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
  });

  app.notFound((c) => problem(c, 404, 'not found'));
  app.onError((error, c) => {
    // Bad input is answered above with a 4xx; what reaches here is the database failing: worth a retry.
    console.error(`urgent-action serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error}`);
    return c.json({ error: 'the report service cannot store reports right now; try again' }, 503, { ...NO_STORE, 'retry-after': '5' });
  });
  return app;
}

/**
 * The body, or undefined when it is over `maxBytes`. With a Content-Length (what browsers send) it is checked first
 * and the body read in one go, which @hono/node-server does straight from the socket; a chunked body is counted as
 * it arrives and abandoned at the cap.
 */
async function readBody(req: HonoRequest, maxBytes: number): Promise<Uint8Array | undefined> {
  const length = req.header('content-length');
  if (length !== undefined) return Number(length) > maxBytes ? undefined : new Uint8Array(await req.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.raw.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.length;
    if (size > maxBytes) {
      await reader!.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

async function* jsonArray(reports: AsyncIterable<StoredReport>): AsyncGenerator<string> {
  let first = true;
  for await (const report of reports) {
    yield (first ? '[\n' : ',\n') + JSON.stringify(report);
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

function streamOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
