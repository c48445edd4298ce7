/**
 * The report write on PostgreSQL: a whole batch in one statement, so one round trip and no explicit transaction (a
 * statement is atomic). The rows travel as two JSON parameters and are inserted in key order, the totals updated in
 * case order, so instances writing at once take their locks alike. It writes the same rows as the SQLite writer.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { BatchResult, ReportBatch, WriteBatch } from './report-batch.js';

/** Deadlock and serialization failures: the statement is safe to run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

export function postgresReportWriter(db: Kysely<Database>): WriteBatch {
  const write = async ({ reports, cases }: ReportBatch): Promise<BatchResult> => {
    const { rows } = await sql<{ added: string | null; case_id: string | null; total: string | null }>`
      with inserted as (
        insert into reports
        select * from json_populate_recordset(null::reports, ${JSON.stringify(reports.map((r) => r.report))}::json)
        on conflict (key) do nothing
        returning key, case_id, total
      ), actions as (
        insert into report_actions
        select a.* from json_populate_recordset(null::report_actions, ${JSON.stringify(reports.flatMap((r) => r.actions))}::json) a
        where a.report_key in (select key from inserted)
      ), totals as (
        insert into case_totals (case_id, total, reports)
        select case_id, sum(total), count(*) from inserted group by case_id order by case_id
        on conflict (case_id) do update
        set total = case_totals.total + excluded.total, reports = case_totals.reports + excluded.reports
        returning case_id, total
      )
      select key as added, null as case_id, null as total from inserted
      union all
      select null, case_id, total from totals`.execute(db);
    const added = new Set<string>();
    const totals = new Map<string, number>();
    for (const row of rows) {
      if (row.added !== null) added.add(row.added);
      else totals.set(row.case_id!, Number(row.total));
    }
    // Cases the batch only repeated reports for, read afresh: another instance may just have committed the original.
    const unchanged = cases.filter((id) => !totals.has(id));
    if (unchanged.length) {
      const found = await db.selectFrom('case_totals').select(['case_id', 'total']).where('case_id', 'in', unchanged).execute();
      for (const row of found) totals.set(row.case_id, Number(row.total));
    }
    return { added, totals };
  };
  return async (batch) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write(batch);
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
      }
    }
  };
}
