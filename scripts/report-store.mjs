/**
 * The local report endpoint: appends each report as one JSON line to a file, counts each idempotency key once, and
 * answers totals per case. Used by `npm start` (data/reports.jsonl) and by the test runner (a temporary file).
 *
 *   POST /api/reports                 body: a report (docs/report-payload.schema.json) → 200 { total }
 *                                     a key seen before → 200 { total, duplicate: true }, nothing stored
 *                                     not a report → 400 { error }; body over 16 kB → 413
 *   GET  /api/reports/total?case=ID   → 200 { total }
 *   OPTIONS (CORS preflight)          → 204; every answer allows any origin (no cookies are used)
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const TYPES = ['postal mail', 'email', 'fax', 'phone', 'social'];
const MAX_BODY = 16_000;

/** Opens (or creates) the store in `file`: totals and seen keys are rebuilt from the lines already there. */
export function openReportStore(file) {
  const keys = new Set();
  const totals = new Map();
  const count = (report) => {
    keys.add(report.key);
    totals.set(report.case, (totals.get(report.case) ?? 0) + report.total);
  };
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) count(JSON.parse(line));
  }
  return {
    total: (caseId) => totals.get(caseId) ?? 0,
    /** Stores a valid report once per key; returns whether it was new. */
    add(report) {
      if (keys.has(report.key)) return false;
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, JSON.stringify({ ...report, received: new Date().toISOString() }) + '\n');
      count(report);
      return true;
    },
  };
}

/** Why `report` is not a report, or undefined when it is one. */
export function reportProblem(report) {
  const text = (value, max) => typeof value === 'string' && value.length > 0 && value.length <= max;
  if (!report || typeof report !== 'object') return 'the body must be a JSON object';
  if (!text(report.case, 100) || !text(report.ua, 20)) return '"case" and "ua" must be strings';
  if (!text(report.key, 100)) return '"key" must be a string of at most 100 characters';
  if (!Array.isArray(report.actions) || report.actions.length > 100) return '"actions" must be an array';
  for (const action of report.actions) {
    if (!TYPES.includes(action?.type)) return `action types are ${TYPES.join(', ')}`;
    if (!Number.isInteger(action.count) || action.count < 1 || action.count > 999) return 'counts are integers from 1 to 999';
    if (action.target !== undefined && !text(action.target, 300)) return 'a target is a name';
  }
  if (report.total !== report.actions.reduce((sum, a) => sum + a.count, 0)) return '"total" must be the sum of the counts';
  return undefined;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
};

function answer(res, status, body) {
  res.writeHead(status, { ...CORS, 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY) return undefined;
  }
  return body;
}

/** A route for `startServer` (`scripts/serve.mjs`): answers the report API under `path`, returns false elsewhere. */
export function reportRoute(store, path = '/api/reports') {
  return async (req, res, url) => {
    if (url.pathname !== path && url.pathname !== `${path}/total`) return false;
    if (req.method === 'OPTIONS') answer(res, 204);
    else if (url.pathname.endsWith('/total')) answer(res, 200, { total: store.total(url.searchParams.get('case')) });
    else if (req.method !== 'POST') answer(res, 405, { error: 'use POST' });
    else {
      const body = await readBody(req);
      if (body === undefined) return answer(res, 413, { error: 'the report is too large' }), true;
      let report;
      try {
        report = JSON.parse(body);
      } catch {
        return answer(res, 400, { error: 'the body is not JSON' }), true;
      }
      const problem = reportProblem(report);
      if (problem) answer(res, 400, { error: problem });
      else if (store.add(report)) answer(res, 200, { total: store.total(report.case) });
      else answer(res, 200, { total: store.total(report.case), duplicate: true });
    }
    return true;
  };
}
