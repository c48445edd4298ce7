/**
 * Delivery of reports, so that none is lost and none is counted twice. A report is stored in localStorage before the
 * first attempt and leaves it only when the endpoint answered 2xx or 409 (already counted), or refused it with
 * another 4xx. Network failures, time-outs, 408, 429 and 5xx are retried with backoff under the same key, then on
 * the browser's `online` event or the next visit of any page with the widget.
 */
import { clearActions } from '../actions/memory.js';
import { storage } from '../browser/storage.js';
import { DEFAULT_TIMEOUT_MS, isRetryableStatus } from '../load/fetch-json.js';
import type { ReportPayload } from './payload.js';
import { REPORTS_STORAGE_KEY as STORAGE_KEY } from './stored.js';

export interface QueuedReport {
  endpoint: string;
  payload: ReportPayload;
}

export type ReportOutcome =
  | { state: 'delivered'; total?: number }
  | { state: 'waiting' }
  | { state: 'rejected'; status: number };

export type ReportListener = (report: QueuedReport, outcome: ReportOutcome) => void;

/** Seconds before each retry in one visit; after the last, the report waits for `online` or the next visit. */
const BACKOFF = [1, 2, 4, 8, 16, 32];

const listeners = new Set<ReportListener>();
/**
 * Reports this page is handling, by key: the timer of the next retry, or undefined while a request is in flight
 * (so two widgets on a page never send one report twice at once).
 */
const retries = new Map<string, ReturnType<typeof setTimeout> | undefined>();
let watchingOnline = false;

function read(): QueuedReport[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((r: QueuedReport) => r?.payload?.key && r.endpoint) : [];
  } catch {
    return [];
  }
}

function write(reports: QueuedReport[]): void {
  try {
    if (reports.length) storage()?.setItem(STORAGE_KEY, JSON.stringify(reports));
    else storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: the report is still tried in this visit.
  }
}

const remove = (key: string) => write(read().filter((r) => r.payload.key !== key));

/** Tells `listener` how every report settles; returns the unsubscribe function. */
export function onReportOutcome(listener: ReportListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reports stored and not yet delivered. */
export const pendingReports = read;

/** Stores the report (once per key) and starts sending it. */
export function queueReport(report: QueuedReport): void {
  if (!read().some((r) => r.payload.key === report.payload.key)) write([...read(), report]);
  sendPendingReports();
  // Storage refused: send from memory.
  if (!retries.has(report.payload.key)) void attempt(report, 0);
}

/** Sends every stored report now, unless it is already on its way. */
export function sendPendingReports(): void {
  if (!watchingOnline) {
    watchingOnline = true;
    addEventListener('online', sendPendingReports);
  }
  for (const report of read()) {
    const { key } = report.payload;
    if (retries.has(key) && !retries.get(key)) continue;
    clearTimeout(retries.get(key));
    void attempt(report, 0);
  }
}

async function attempt(report: QueuedReport, tries: number): Promise<void> {
  const { key } = report.payload;
  retries.set(key, undefined);
  const outcome = await post(report);
  if (outcome.state === 'waiting' && tries < BACKOFF.length) {
    // Jitter, so many readers coming back online at once don't hit the endpoint in step.
    retries.set(key, setTimeout(() => void attempt(report, tries + 1), BACKOFF[tries]! * (750 + Math.random() * 500)));
  } else {
    retries.delete(key);
  }
  if (outcome.state !== 'waiting') {
    remove(key);
    if (outcome.state === 'delivered') clearActions(report.payload.case);
  }
  // The reader hears about the first failure only; later ones change nothing they can act on.
  if (outcome.state !== 'waiting' || !tries) for (const listener of listeners) listener(report, outcome);
}

async function post({ endpoint, payload }: QueuedReport): Promise<ReportOutcome> {
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
    return { state: 'waiting' };
  }
  const { status } = response;
  if (response.ok || status === 409) {
    const total = await response.json().then((body: { total?: unknown }) => body?.total, () => undefined);
    return typeof total === 'number' ? { state: 'delivered', total } : { state: 'delivered' };
  }
  return isRetryableStatus(status) ? { state: 'waiting' } : { state: 'rejected', status };
}
