/**
 * Delivery of reports, so that none is lost, none is counted twice and none is retried for ever. A report is stored
 * in localStorage before the first attempt and leaves it when the endpoint answered 2xx or 409 (already counted), or
 * when it expires (`REMEMBER_DAYS`). Network failures, time-outs, 408, 425, 429 and most 5xx are retried with a
 * backoff that is stored with the report, so a reload or an `online` event does not start it again. A report that
 * can never be delivered (another 4xx, 501, 505, an endpoint `fetch` refuses, or the server failing
 * `MAX_SERVER_FAILURES` times) is kept as failed, so the reader can be told, and is not sent again.
 */
import { isRecent, markReported } from '../actions/memory.js';
import { storage } from '../browser/storage.js';
import { DEFAULT_TIMEOUT_MS, isRetryableStatus, readText } from '../load/fetch-json.js';
import { reportUrlProblem } from '../urls.js';
import type { ReportPayload } from './payload.js';
import { REPORTS_STORAGE_KEY as STORAGE_KEY } from './stored.js';

/** How a report's last attempt failed: `offline` waits for the network, `server` for the endpoint to recover. */
export type FailureKind = 'offline' | 'server';

export interface QueuedReport {
  endpoint: string;
  payload: ReportPayload;
  /** Failed attempts so far, over every visit. */
  tries?: number;
  /** Of those, the ones the endpoint answered with a status worth retrying. */
  serverFailures?: number;
  /** Not tried again before this time (ms since the epoch). */
  retryAt?: number;
  lastFailure?: FailureKind;
  /** Set when the report can never be delivered; `status` is the endpoint's answer, when there was one. */
  failed?: { status?: number };
}

export type ReportOutcome =
  { state: 'delivered'; total?: number } | { state: 'waiting'; why: FailureKind } | { state: 'failed'; status?: number };

export type ReportListener = (report: QueuedReport, outcome: ReportOutcome) => void;

/** Reports kept at most (the latest), and the largest one kept, in characters of JSON. */
export const MAX_REPORTS = 20;
export const MAX_REPORT_CHARS = 32_000;
/** Answers worth retrying that the endpoint may give before the report is given up. */
export const MAX_SERVER_FAILURES = 8;
/** Longest wait between two attempts. */
const MAX_BACKOFF_S = 3_600;
/** The endpoint's answer is read only for its total: a few bytes. */
const MAX_ANSWER_BYTES = 16_384;

/** What an HTTP status means for a report. */
export function statusOutcome(status: number): 'delivered' | 'retry' | 'failed' {
  if ((status >= 200 && status < 300) || status === 409) return 'delivered';
  if (isRetryableStatus(status)) return 'retry';
  return 'failed';
}

/**
 * Milliseconds to wait after failed attempt number `tries` (1, 2, …): about 1, 2, 4 … seconds, at most an hour, with
 * jitter so that many readers coming back online at once don't hit the endpoint in step.
 */
export const backoffMs = (tries: number, random = Math.random()) =>
  Math.min(2 ** Math.max(0, tries - 1), MAX_BACKOFF_S) * (750 + random * 500);

/** `report` after a failed attempt at `now`: scheduled again, or failed once the server has failed too often. */
export function afterFailure(report: QueuedReport, why: FailureKind, now: number, random = Math.random()): QueuedReport {
  const tries = (report.tries ?? 0) + 1;
  const serverFailures = (report.serverFailures ?? 0) + (why === 'server' ? 1 : 0);
  const next = { ...report, tries, serverFailures, lastFailure: why };
  return serverFailures >= MAX_SERVER_FAILURES ? { ...next, failed: {} } : { ...next, retryAt: now + backoffMs(tries, random) };
}

/** Whether to try `report` at `now`: its wait is over, or it waited only for the network and the browser is back online. */
export const isDue = (report: QueuedReport, now: number, backOnline = false) =>
  !report.failed && ((report.retryAt ?? 0) <= now || (backOnline && report.lastFailure === 'offline'));

/** The reports worth keeping at `now`: well-formed, recent, not too large, the latest `MAX_REPORTS`. */
export function keptReports(stored: unknown, now: number): QueuedReport[] {
  if (!Array.isArray(stored)) return [];
  return (stored as QueuedReport[])
    .filter(
      (r) =>
        typeof r?.endpoint === 'string' &&
        typeof r.payload?.key === 'string' &&
        typeof r.payload.at === 'string' &&
        isRecent(r.payload.at, now) &&
        JSON.stringify(r).length <= MAX_REPORT_CHARS,
    )
    .slice(-MAX_REPORTS);
}

const listeners = new Set<ReportListener>();
/**
 * Reports this page is handling, by key: the timer of the next attempt, or undefined while a request is in flight
 * (so two widgets on a page never send one report twice at once).
 */
const retries = new Map<string, ReturnType<typeof setTimeout> | undefined>();
let watchingOnline = false;

function read(): QueuedReport[] {
  try {
    return keptReports(JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]'), Date.now());
  } catch {
    return [];
  }
}

function write(reports: QueuedReport[]): void {
  try {
    if (reports.length) storage()?.setItem(STORAGE_KEY, JSON.stringify(keptReports(reports, Date.now())));
    else storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: the report is still tried in this visit.
  }
}

/** Replaces the stored report with `key` by `report`, or removes it; one no longer stored is not stored again. */
function replace(key: string, report?: QueuedReport): void {
  const stored = read();
  if (stored.some((r) => r.payload.key === key)) write(stored.flatMap((r) => (r.payload.key !== key ? [r] : report ? [report] : [])));
}

/** Tells `listener` how every report settles; returns the unsubscribe function. */
export function onReportOutcome(listener: ReportListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reports stored and not yet delivered, failed ones included. */
export const pendingReports = read;

/** Forgets the failed reports of a case: the reader has taken its numbers elsewhere or sent a new report. */
export function forgetFailedReports(caseId: string): void {
  write(read().filter((r) => !(r.failed && r.payload.case === caseId)));
}

/**
 * The reader took their numbers to the organisation's form: the case's actions up to `until` (an ISO timestamp; all
 * when absent) are reported there, and its failed reports are settled.
 */
export function reportedThroughForm(caseId: string, until?: string): void {
  markReported(caseId, until);
  forgetFailedReports(caseId);
}

/** Stores the report (once per key) and starts sending it. */
export function queueReport(report: QueuedReport): void {
  if (!read().some((r) => r.payload.key === report.payload.key)) write([...read(), report]);
  sendPendingReports();
  // Storage refused: send from memory.
  if (!retries.has(report.payload.key)) void attempt(report);
}

/**
 * Sends every stored report whose wait is over, and schedules the others; a report already on its way or scheduled
 * keeps its turn. `backOnline` (the `online` event) makes reports that waited only for the network due at once.
 */
export function sendPendingReports(backOnline = false): void {
  if (!watchingOnline) {
    watchingOnline = true;
    addEventListener('online', () => sendPendingReports(true));
  }
  const now = Date.now();
  const reports = read();
  // Expired reports leave storage now, not at the next write.
  write(reports);
  for (const report of reports) {
    const { key } = report.payload;
    const due = isDue(report, now, backOnline);
    if (report.failed || (retries.has(key) && (!retries.get(key) || !due))) continue;
    clearTimeout(retries.get(key));
    if (due) void attempt(report);
    else schedule(report, now);
  }
}

function schedule(report: QueuedReport, now: number): void {
  const wait = Math.min(Math.max(0, (report.retryAt ?? 0) - now), MAX_BACKOFF_S * 1000);
  retries.set(
    report.payload.key,
    setTimeout(() => void attempt(report), wait),
  );
}

async function attempt(report: QueuedReport): Promise<void> {
  const { key } = report.payload;
  retries.set(key, undefined);
  let outcome = await post(report);
  let next: QueuedReport | undefined;
  if (outcome.state === 'waiting') {
    next = afterFailure(report, outcome.why, Date.now());
    if (next.failed) outcome = { state: 'failed' };
  } else if (outcome.state === 'failed') {
    next = { ...report, failed: outcome.status === undefined ? {} : { status: outcome.status } };
  }
  replace(key, next);
  if (next && !next.failed) schedule(next, Date.now());
  else retries.delete(key);
  if (outcome.state === 'delivered') markReported(report.payload.case, report.payload.at);
  // The reader hears about the first failure only; later ones change nothing they can act on.
  if (outcome.state !== 'waiting' || !report.tries) for (const listener of listeners) listener(report, outcome);
}

async function post({ endpoint, payload }: QueuedReport): Promise<ReportOutcome> {
  // Stored by an older page or version: an endpoint `fetch` would refuse, or that no longer passes the rules.
  if (reportUrlProblem(endpoint, location.href, location.href)) return { state: 'failed' };
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      keepalive: true,
      signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS),
    });
  } catch {
    return { state: 'waiting', why: 'offline' };
  }
  const { status } = response;
  const meaning = statusOutcome(status);
  if (meaning === 'retry') return { state: 'waiting', why: 'server' };
  if (meaning === 'failed') return { state: 'failed', status };
  const total = await readText(response, MAX_ANSWER_BYTES).then(
    (text) => (JSON.parse(text) as { total?: unknown } | null)?.total,
    () => undefined,
  );
  return typeof total === 'number' ? { state: 'delivered', total } : { state: 'delivered' };
}
