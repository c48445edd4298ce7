/**
 * Test-only HTTP endpoints on the test runner's own server, so the element's fetches meet real responses:
 * slow answers, HTTP errors, wrong content types, broken and oversized bodies, and aborted requests.
 */
import { readFileSync } from 'node:fs';
import { referenceText } from './reference.mjs';

const seedCase = () => JSON.parse(readFileSync(new URL('../../demo/cases/ua-126-19.json', import.meta.url), 'utf8'));

/** Request ids whose connection closed before the answer was sent (the client aborted). */
const aborted = new Set();

/** How many requests each id made (`?id=`), so a test can tell whether a fetch happened at all. */
const requests = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fixturesMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const query = url.searchParams;
  const route = url.pathname.slice('/test-api/'.length);

  if (route === 'requests') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: requests.get(query.get('id')) ?? 0 });
    return;
  }
  if (route === 'aborted') {
    context.type = 'application/json';
    context.body = JSON.stringify({ aborted: aborted.has(query.get('id')) });
    return;
  }

  if (query.has('id')) requests.set(query.get('id'), (requests.get(query.get('id')) ?? 0) + 1);

  const delay = Number(query.get('delay') ?? 0);
  if (delay) {
    let closed = false;
    context.req.on('close', () => {
      if (!context.res.writableEnded) {
        closed = true;
        aborted.add(query.get('id'));
      }
    });
    await sleep(delay);
    if (closed) return;
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
