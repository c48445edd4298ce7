/**
 * The report service's public entry: `urgent-action serve` runs it; `createReportService` embeds it in another Node
 * server (its `listener` for node:http, or `fetch` for web-standard hosts).
 */
export { createReportService, type ReportService, type ReportServiceOptions } from './service.js';
export { runServe } from './serve.js';
export { parseServeArgs, DEFAULTS as SERVE_DEFAULTS, SERVE_HELP, type ServeOptions } from './options.js';
export type { AddResult, CaseStats, CaseSummary, StoredReport, Tally } from './store.js';
