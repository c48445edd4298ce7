/**
 * A batch of reports as the database writes it, the same on both engines: rows for each new report, and what the
 * write answers. Plain data, so a batch crosses to the SQLite thread as one message.
 */
import type { ReportPayload } from '../src/report/payload.js';
import type { ReportActionsTable, ReportsTable } from './database.js';

/** One report as rows: its own, and one per action (inserted only when its key is new). */
export interface ReportRows {
  report: ReportsTable;
  actions: ReportActionsTable[];
}

/** Reports in key order, each key once, and every case the batch's requests asked about. */
export interface ReportBatch {
  reports: ReportRows[];
  cases: string[];
}

export interface BatchResult {
  /** Keys stored by this batch; the others had been counted before. */
  added: Set<string>;
  /** Each asked-about case's total after the batch; absent for a case still without reports. */
  totals: Map<string, number>;
}

/** Writes a batch in one transaction, all or nothing. */
export type WriteBatch = (batch: ReportBatch) => Promise<BatchResult>;

export function reportRows(p: ReportPayload, received: string): ReportRows {
  return {
    report: {
      key: p.key,
      case_id: p.case,
      ua: p.ua,
      total: p.total,
      sent_at: p.at,
      received_at: received,
      widget: p.widget,
      origin: p.origin,
      reporter_name: p.reporter?.name ?? null,
      reporter_email: p.reporter?.email ?? null,
      reporter_country: p.reporter?.country ?? null,
    },
    actions: p.actions.map((a, position) => ({
      report_key: p.key,
      position,
      case_id: p.case,
      type: a.type,
      target: a.target ?? null,
      count: a.count,
    })),
  };
}
