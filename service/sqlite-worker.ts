/**
 * The SQLite connection, in a worker thread of its own (see sqlite-dialect.ts): runs what it is sent, one message at
 * a time, and answers each with its result or its error. A message is one of Kysely's statements (prepared statements
 * are kept for the SQL seen most recently) or a whole batch of reports (sqlite-report-writer.ts).
 */
import Sqlite from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchResult, ReportBatch } from './report-batch.js';
import { sqliteReportWriter } from './sqlite-report-writer.js';

/** `begin`: open a transaction first (sent with a transaction's first statement, saving a round trip). */
export type WorkerRequest =
  | { id: number; sql: string; parameters: readonly unknown[]; begin?: boolean }
  | { id: number; batch: ReportBatch }
  | { id: number; close: true };
export type WorkerAnswer =
  | { id: number; rows: unknown[]; changes: number; lastInsertRowid: number | bigint }
  | { id: number; written: BatchResult }
  | { id: number; error: { message: string; code?: string } };

const { file, pragmas } = workerData as { file: string; pragmas: readonly string[] };
const port = parentPort!;
const CACHED_STATEMENTS = 200;

try {
  const db = new Sqlite(file);
  for (const pragma of pragmas) db.pragma(pragma);
  const statements = new Map<string, Sqlite.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) statements.delete(sql);
    else statement = db.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
    return statement;
  };
  // Prepared on the first batch: the tables exist once the migrations (sent as statements) have run.
  let writeBatch: ((batch: ReportBatch) => BatchResult) | undefined;
  const answer = (request: Exclude<WorkerRequest, { close: true }>): WorkerAnswer => {
    if ('batch' in request) return { id: request.id, written: (writeBatch ??= sqliteReportWriter(db))(request.batch) };
    if (request.begin) db.exec('begin');
    const statement = prepare(request.sql);
    if (statement.reader) return { id: request.id, rows: statement.all(request.parameters), changes: 0, lastInsertRowid: 0 };
    const { changes, lastInsertRowid } = statement.run(request.parameters);
    return { id: request.id, rows: [], changes, lastInsertRowid };
  };
  port.on('message', (request: WorkerRequest) => {
    if ('close' in request) {
      db.close();
      port.postMessage({ id: request.id, rows: [], changes: 0, lastInsertRowid: 0 } satisfies WorkerAnswer);
      return;
    }
    try {
      port.postMessage(answer(request));
    } catch (error) {
      const { message, code } = error as { message: string; code?: string };
      port.postMessage({ id: request.id, error: code ? { message, code } : { message } } satisfies WorkerAnswer);
    }
  });
  port.postMessage('ready');
} catch (error) {
  port.postMessage({ failed: (error as Error).message });
}
