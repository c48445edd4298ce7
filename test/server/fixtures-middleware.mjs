/**
 * Test-only HTTP endpoints on the test runner's own server, so the element's fetches meet real responses:
 * slow answers (or held until the test releases them), HTTP errors, wrong content types, broken, cut and oversized bodies, and aborted requests. Also a
 * second server on another port (another origin, for CORS) and the strict Content-Security-Policy of fixture pages.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { referenceText } from './reference.mjs';

/** The policy the README asks partners to allow, at its strictest: fixture pages named `csp*.html` get it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Another origin serving the seed case: `/case` without CORS headers (the browser refuses it to the page) and
 * `/case?cors=1` with them. `/relative-case?id=ID` is the seed case (with CORS) whose link, report endpoint and count
 * URL are relative, as a partner's case is: `/appeals/ID`, `/reports?case=ID` (POSTs counted, CORS allowed) and
 * `/reports/total?case=ID` (41 plus the reports received); `/reports/log?case=ID` answers `{ posts }`. Started with the
 * middleware, on `CORS_PORT` (default: the runner's port + 10).
 */
const crossOriginPort = Number(process.env.CORS_PORT ?? Number(process.env.WTR_PORT ?? 8765) + 10);
/** Reports that reached the other origin, by case id. */
const crossOriginPosts = new Map();
const crossOrigin = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const id = url.searchParams.get('case') ?? '';
  const cors = { 'access-control-allow-origin': '*' };
  const json = (body, headers = cors) =>
    response.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  switch (url.pathname) {
    case '/case':
      return json(seedCase(), url.searchParams.has('cors') ? cors : {});
    case '/relative-case': {
      const data = seedCase();
      data.id = url.searchParams.get('id');
      data.link = `/appeals/${data.id}`;
      data.report = { endpoint: `/reports?case=${data.id}`, countUrl: `/reports/total?case=${data.id}` };
      return json(data);
    }
    case '/reports':
      if (request.method === 'OPTIONS') {
        return response
          .writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' })
          .end();
      }
      request.resume();
      crossOriginPosts.set(id, (crossOriginPosts.get(id) ?? 0) + 1);
      return request.on('end', () => json({ total: 41 + crossOriginPosts.get(id) }));
    case '/reports/total':
      return json({ total: 41 + (crossOriginPosts.get(id) ?? 0) });
    case '/reports/log':
      return json({ posts: crossOriginPosts.get(id) ?? 0 });
    default:
      response.writeHead(404).end();
  }
});
crossOrigin.on('error', (error) => console.warn(`The cross-origin test server could not start: ${error.message}`));
crossOrigin.listen(crossOriginPort, 'localhost').unref();

const seedCase = () => JSON.parse(readFileSync(new URL('../../demo/cases/ua-126-19.json', import.meta.url), 'utf8'));

/** Request ids whose connection closed before the answer was sent (the client aborted). */
const aborted = new Set();
/**
 * How many requests each id made (`?id=`), so a test can tell whether a fetch happened at all, or wait for its
 * request to arrive before aborting it.
 */
const requests = new Map();

/** Requests answered only when the test says so (`?hold&id=`, then `/test-api/release?id=`): id → release. */
const held = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fixturesMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (/^\/test\/fixtures\/csp[\w-]*\.html$/.test(url.pathname)) {
    await next();
    context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!url.pathname.startsWith('/test-api/')) return next();
  const query = url.searchParams;
  const route = url.pathname.slice('/test-api/'.length);

  if (route === 'requests') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: requests.get(query.get('id')) ?? 0 });
    return;
  }
  if (route === 'cross-origin') {
    context.type = 'application/json';
    context.body = JSON.stringify({ origin: `http://localhost:${crossOriginPort}` });
    return;
  }

  if (route === 'aborted') {
    context.type = 'application/json';
    context.body = JSON.stringify({ aborted: aborted.has(query.get('id')), received: requests.has(query.get('id')) });
    return;
  }

  if (route === 'release') {
    held.get(query.get('id'))?.();
    context.type = 'application/json';
    context.body = JSON.stringify({ released: held.delete(query.get('id')) });
    return;
  }

  if (query.has('id')) requests.set(query.get('id'), (requests.get(query.get('id')) ?? 0) + 1);
  const delay = Number(query.get('delay') ?? 0);
  const hold = query.has('hold') && query.has('id');
  if (delay || hold) {
    let closed = false;
    context.req.on('close', () => {
      if (!context.res.writableEnded) {
        closed = true;
        aborted.add(query.get('id'));
        held.get(query.get('id'))?.();
        held.delete(query.get('id'));
      }
    });
    await (hold ? new Promise((resolve) => held.set(query.get('id'), resolve)) : sleep(delay));
    if (closed) return;
  }

  if (route === 'inline-page') {
    // A page whose element is defined by an async module script in <head> (it runs as soon as it has loaded, not after
    // parsing as a deferred module would) and upgraded before the parser has reached its inline case: the rest of the
    // page is held until the test releases it. The script's URL is this page's own: WebKit, once earlier pages have put
    // the entry in its cache, upgraded the element only after parsing, and the early upgrade went untested.
    const id = query.get('id');
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    context.res.write(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inline case, late</title>' +
        '<script type="module" async src="/dist/urgent-action.js?page=inline-late"></script></head><body><urgent-action>' +
        // Enough for every engine to start parsing before the rest arrives.
        `<!--${' '.repeat(4096)}-->`,
    );
    await new Promise((resolve) => held.set(id, resolve));
    context.res.end(`<script type="application/json">${JSON.stringify(seedCase())}</script></urgent-action></body></html>`);
    return;
  }

  switch (route) {
    case 'case': {
      // The seed case, optionally retitled, so a test can tell two answers apart.
      const data = seedCase();
      if (query.get('title')) data.title = query.get('title');
      context.type = query.get('type') ?? 'application/json';
      context.body = JSON.stringify(data);
      return;
    }
    case 'status': {
      context.status = Number(query.get('code') ?? 500);
      context.type = 'application/json';
      context.body = JSON.stringify({ error: 'test' });
      return;
    }
    case 'reference-text': {
      // The reference Urgent Action, kept outside the repository, for the builder page test.
      if (!referenceText) {
        context.status = 404;
        context.body = 'no shared/reference/ua-126-19-update.txt beside the repository';
        return;
      }
      context.type = 'text/plain';
      context.body = readFileSync(referenceText, 'utf8');
      return;
    }
    case 'invalid-json':
      context.type = 'application/json';
      context.body = '{"version": 1, "title": ';
      return;
    case 'cut': {
      // The headers and the start of the case, then the connection breaks.
      context.respond = false;
      context.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '50000' });
      context.res.write(JSON.stringify(seedCase()).slice(0, 2000));
      setTimeout(() => context.res.destroy(), 100);
      return;
    }
    case 'large-case': {
      // A valid case of about 1 MB at the caps: 500 people with aliases and charges, 50 targets with notes.
      const data = seedCase();
      const words = (n, i) => `${'Lorem ipsum dolor sit amet '.repeat(n)}${i}`.trim();
      data.people = Array.from({ length: 500 }, (_, i) => ({
        ...data.people[i % data.people.length],
        name: `Person ${i}`,
        aliases: Array.from({ length: 5 }, (_, j) => `Alias ${i}.${j}`),
        charges: Array.from({ length: 10 }, (_, j) => words(5, j)),
        role: words(4, i),
      }));
      data.targets = Array.from({ length: 50 }, (_, i) => ({ ...data.targets[i % 2], name: `Target ${i}`, notes: [words(20, i)] }));
      data.summary = Array.from({ length: 40 }, (_, i) => words(30, i));
      context.type = 'application/json';
      context.body = JSON.stringify(data);
      return;
    }
    case 'big': {
      // 1.2 MB of valid JSON, streamed without a Content-Length header.
      const data = seedCase();
      data.background = Array.from({ length: 300 }, () => 'x'.repeat(4000));
      context.type = 'application/json';
      context.body = Buffer.from(JSON.stringify(data));
      context.remove('Content-Length');
      context.set('Transfer-Encoding', 'chunked');
      return;
    }
    default:
      context.status = 404;
      context.body = 'unknown test route';
  }
}
