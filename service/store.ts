/**
 * Reports in the database: each key counted once, totals kept beside them, and reads for the export and the
 * dashboard. Reports that arrive together are written in one transaction (group commit): every one of them is
 * answered only after that transaction committed, and the disk sync is paid once per batch. Each engine writes a
 * batch in one go: one message to the SQLite thread (sqlite-report-writer.ts), one PostgreSQL statement
 * (postgres-report-writer.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { ReportCount, ReportPayload } from '../src/report/payload.js';
import type { Database, OpenDatabase, ReportsTable } from './database.js';
import { reportRows, type BatchResult, type WriteBatch } from './report-batch.js';

export interface AddResult {
  /** The case's total after this report. */
  total: number;
  /** False when the key had been counted before: nothing was added. */
  added: boolean;
}

/** A stored report as the export gives it. */
export interface StoredReport extends Omit<ReportPayload, 'reporter'> {
  received: string;
  reporter?: { name?: string; email?: string; country?: string };
}

export interface Tally {
  name: string;
  total: number;
}

export interface CaseSummary {
  case: string;
  total: number;
  reports: number;
}

export interface CaseStats extends CaseSummary {
  byType: Tally[];
  /** `name` is empty for actions without a named target. */
  byTarget: Tally[];
  byOrigin: Tally[];
  /** UTC days (`YYYY-MM-DD`) with their totals, oldest first. */
  perDay: Tally[];
}

interface Pending {
  payload: ReportPayload;
  received: string;
  resolve: (result: AddResult) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 500;
const EXPORT_PAGE = 1_000;

/** Engines return bigint sums as strings (PostgreSQL) or numbers (SQLite). */
const num = (value: unknown) => Number(value ?? 0);

/**
 * Whether the database refused a report's data (SQLite's constraint errors, PostgreSQL's data exceptions and
 * integrity violations) rather than failing as a whole (busy, out of space, connection lost).
 */
const refusedData = (error: unknown) => /^(SQLITE_CONSTRAINT|2[23])/.test(String((error as { code?: unknown }).code ?? ''));

export class ReportStore {
  private readonly db: Kysely<Database>;
  private readonly writeBatch: WriteBatch;
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;

  constructor(database: OpenDatabase) {
    this.db = database.db;
    this.writeBatch = database.writeBatch;
  }

  /** Stores `payload` once per key and resolves when it is committed. */
  add(payload: ReportPayload, received: Date): Promise<AddResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ payload, received: received.toISOString(), resolve, reject });
      this.writing ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Requests parsed in this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    let writing: Promise<() => void> | undefined = this.write(this.pending.splice(0, MAX_BATCH));
    while (writing) {
      const answer = await writing;
      // The next batch leaves before this one's requests are answered: the database writes while they are.
      writing = this.pending.length ? this.write(this.pending.splice(0, MAX_BATCH)) : undefined;
      answer();
    }
    this.writing = undefined;
  }

  /**
   * Writes `batch`; resolves, never rejects, with what answers its requests. A report the database refuses fails
   * alone: the others that happened to arrive with it are written again without it.
   */
  private async write(batch: Pending[]): Promise<() => void> {
    const firsts = new Map<string, Pending>();
    for (const item of batch) if (!firsts.has(item.payload.key)) firsts.set(item.payload.key, item);
    // Keys and cases in one order in every transaction, so two instances writing at once never deadlock.
    const unique = [...firsts.values()].sort((a, b) => (a.payload.key < b.payload.key ? -1 : 1));
    let result: BatchResult;
    try {
      result = await this.writeBatch({
        reports: unique.map((item) => reportRows(item.payload, item.received)),
        cases: [...new Set(batch.map((item) => item.payload.case))],
      });
    } catch (error) {
      if (unique.length === 1 || !refusedData(error)) return () => batch.forEach((item) => item.reject(error));
      for (const { payload } of unique) (await this.write(batch.filter((item) => item.payload.key === payload.key)))();
      return () => {};
    }
    return () => {
      for (const item of batch) {
        const first = firsts.get(item.payload.key) === item;
        item.resolve({ total: result.totals.get(item.payload.case) ?? 0, added: first && result.added.has(item.payload.key) });
      }
    };
  }

  async total(caseId: string): Promise<number> {
    const row = await this.db.selectFrom('case_totals').select('total').where('case_id', '=', caseId).executeTakeFirst();
    return num(row?.total);
  }

  /** Every case with reports, the largest total first. */
  async cases(): Promise<CaseSummary[]> {
    const rows = await this.db.selectFrom('case_totals').selectAll().orderBy('total', 'desc').orderBy('case_id').execute();
    return rows.map((row) => ({ case: row.case_id, total: num(row.total), reports: num(row.reports) }));
  }

  /** What the dashboard shows for one case. */
  async stats(caseId: string): Promise<CaseStats> {
    const tally = async (table: 'reports' | 'report_actions', name: string, summed: 'count' | 'total', order: 'total' | 'name') => {
      const group = sql<string | null>`${sql.raw(name)}`;
      const rows = await this.db
        .selectFrom(table)
        .select([group.as('name'), sql<number>`sum(${sql.ref(summed)})`.as('total')])
        .where('case_id', '=', caseId)
        .groupBy(group)
        .orderBy(order, 'desc')
        .orderBy('name')
        .limit(order === 'name' ? 366 : 100)
        .execute();
      return rows.map((row) => ({ name: row.name ?? '', total: num(row.total) }));
    };
    const [summary, byType, byTarget, byOrigin, perDay] = await Promise.all([
      this.db.selectFrom('case_totals').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
      tally('report_actions', 'type', 'count', 'total'),
      tally('report_actions', 'target', 'count', 'total'),
      tally('reports', 'origin', 'total', 'total'),
      // The latest days, by UTC date.
      tally('reports', 'substr(received_at, 1, 10)', 'total', 'name'),
    ]);
    return {
      case: caseId,
      total: num(summary?.total),
      reports: num(summary?.reports),
      byType,
      byTarget,
      byOrigin,
      perDay: perDay.reverse(),
    };
  }

  /** Reports in the order they arrived, a page at a time; reporter details only when `personal`. */
  async *export(caseId: string | undefined, personal: boolean): AsyncGenerator<StoredReport> {
    let after: ReportsTable | undefined;
    for (;;) {
      const last = after;
      let query = this.db.selectFrom('reports').selectAll().orderBy('received_at').orderBy('key').limit(EXPORT_PAGE);
      if (caseId !== undefined) query = query.where('case_id', '=', caseId);
      if (last) {
        query = query.where((eb) =>
          eb.or([eb('received_at', '>', last.received_at), eb.and([eb('received_at', '=', last.received_at), eb('key', '>', last.key)])]),
        );
      }
      const rows = await query.execute();
      if (!rows.length) return;
      const actions = new Map<string, ReportCount[]>();
      const actionRows = await this.db
        .selectFrom('report_actions')
        .select(['report_key', 'type', 'target', 'count'])
        .where(
          'report_key',
          'in',
          rows.map((row) => row.key),
        )
        .orderBy('report_key')
        .orderBy('position')
        .execute();
      for (const { report_key, type, target, count } of actionRows) {
        const list = actions.get(report_key) ?? [];
        list.push(target === null ? { type: type as ReportCount['type'], count } : { type: type as ReportCount['type'], target, count });
        actions.set(report_key, list);
      }
      for (const row of rows) yield storedReport(row, actions.get(row.key) ?? [], personal);
      if (rows.length < EXPORT_PAGE) return;
      after = rows.at(-1);
    }
  }

  /** Erases reporters' details from reports received before `before`; the counts stay. Returns how many. */
  async erasePersonal(before: Date): Promise<number> {
    const result = await this.db
      .updateTable('reports')
      .set({ reporter_name: null, reporter_email: null, reporter_country: null })
      .where('received_at', '<', before.toISOString())
      .where((eb) =>
        eb.or([eb('reporter_name', 'is not', null), eb('reporter_email', 'is not', null), eb('reporter_country', 'is not', null)]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Waits for the reports already received, then closes the database. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    await this.db.destroy();
  }
}

function storedReport(row: ReportsTable, actions: ReportCount[], personal: boolean): StoredReport {
  const report: StoredReport = {
    case: row.case_id,
    ua: row.ua,
    key: row.key,
    actions,
    total: row.total,
    at: row.sent_at,
    widget: row.widget,
    origin: row.origin,
    received: row.received_at,
  };
  if (personal) {
    const reporter = Object.fromEntries(
      Object.entries({ name: row.reporter_name, email: row.reporter_email, country: row.reporter_country }).filter(([, v]) => v !== null),
    );
    if (Object.keys(reporter).length) report.reporter = reporter;
  }
  return report;
}
