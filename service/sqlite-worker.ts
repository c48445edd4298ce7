/**
 * The SQLite connection, in a worker thread of its own (see sqlite-dialect.ts): runs the statements it is sent, one at
 * a time, and answers each with its rows or its error. Prepared statements are kept for the SQL seen most recently.
 */
import Sqlite from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/** `begin`: open a transaction first (sent with a transaction's first statement, saving a round trip). */
export type WorkerRequest = { id: number; sql: string; parameters: readonly unknown[]; begin?: boolean } | { id: number; close: true };
export type WorkerAnswer =
  | { id: number; rows: unknown[]; changes: number; lastInsertRowid: number | bigint }
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
  port.on('message', (request: WorkerRequest) => {
    if ('close' in request) {
      db.close();
      port.postMessage({ id: request.id, rows: [], changes: 0, lastInsertRowid: 0 } satisfies WorkerAnswer);
      return;
    }
    try {
      if (request.begin) db.exec('begin');
      const statement = prepare(request.sql);
      if (statement.reader) {
        port.postMessage({
          id: request.id,
          rows: statement.all(request.parameters),
          changes: 0,
          lastInsertRowid: 0,
        } satisfies WorkerAnswer);
      } else {
        const { changes, lastInsertRowid } = statement.run(request.parameters);
        port.postMessage({ id: request.id, rows: [], changes, lastInsertRowid } satisfies WorkerAnswer);
      }
    } catch (error) {
      const { message, code } = error as { message: string; code?: string };
      port.postMessage({ id: request.id, error: code ? { message, code } : { message } } satisfies WorkerAnswer);
    }
  });
  port.postMessage('ready');
} catch (error) {
  port.postMessage({ failed: (error as Error).message });
}
