/**
 * The report write on SQLite, run inside the connection's thread (sqlite-worker.ts): a whole batch in one message
 * and one transaction, with statements prepared once. It writes the same rows as postgres-report-writer.ts; the SQL
 * is written out here because Kysely's calls are asynchronous and better-sqlite3's, in this thread, are not.
 */
import type Sqlite from 'better-sqlite3';
import type { ReportActionsTable, ReportsTable } from './database.js';
import type { BatchResult, ReportBatch } from './report-batch.js';

const REPORT_COLUMNS = [
  'key',
  'case_id',
  'ua',
  'total',
  'sent_at',
  'received_at',
  'widget',
  'origin',
  'reporter_name',
  'reporter_email',
  'reporter_country',
] as const satisfies readonly (keyof ReportsTable)[];
const ACTION_COLUMNS = [
  'report_key',
  'position',
  'case_id',
  'type',
  'target',
  'count',
] as const satisfies readonly (keyof ReportActionsTable)[];

/** `insert into table (a, b) values (@a, @b)`: parameters named after the columns, bound from a row object. */
const insert = (table: string, columns: readonly string[]) =>
  `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`;

/** What the batch's new reports add to each case. */
function caseSums(added: readonly ReportsTable[]): { case_id: string; total: number; reports: number }[] {
  const sums = new Map<string, { total: number; reports: number }>();
  for (const row of added) {
    const sum = sums.get(row.case_id) ?? { total: 0, reports: 0 };
    sums.set(row.case_id, { total: sum.total + row.total, reports: sum.reports + 1 });
  }
  return [...sums].map(([case_id, sum]) => ({ case_id, ...sum }));
}

/** A function writing batches to `db`. */
export function sqliteReportWriter(db: Sqlite.Database): (batch: ReportBatch) => BatchResult {
  const insertReport = db.prepare<ReportsTable>(`${insert('reports', REPORT_COLUMNS)} on conflict ("key") do nothing`);
  const insertAction = db.prepare<ReportActionsTable>(insert('report_actions', ACTION_COLUMNS));
  const addToTotal = db.prepare<{ case_id: string; total: number; reports: number }, { total: number }>(
    `${insert('case_totals', ['case_id', 'total', 'reports'])} on conflict ("case_id") do update set ` +
      `"total" = "total" + excluded."total", "reports" = "reports" + excluded."reports" returning "total"`,
  );
  const readTotal = db.prepare<[string], { total: number }>('select "total" from case_totals where "case_id" = ?');

  const write = db.transaction(({ reports, cases }: ReportBatch): BatchResult => {
    const added: ReportsTable[] = [];
    for (const { report, actions } of reports) {
      if (!insertReport.run(report).changes) continue;
      added.push(report);
      for (const action of actions) insertAction.run(action);
    }
    const totals = new Map<string, number>();
    for (const sum of caseSums(added)) totals.set(sum.case_id, addToTotal.get(sum)!.total);
    for (const id of cases) {
      if (totals.has(id)) continue;
      const row = readTotal.get(id);
      if (row) totals.set(id, row.total);
    }
    return { added: new Set(added.map((row) => row.key)), totals };
  });
  // `immediate` takes the write lock at the start: another process on the file makes it wait, never fail half-way.
  return (batch) => write.immediate(batch);
}
