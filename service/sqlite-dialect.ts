/**
 * Kysely's SQLite dialect with the connection in a worker thread. better-sqlite3 is synchronous: on the main thread
 * every commit's fsync would stop all request handling; in a worker the event loop goes on parsing and validating
 * the next reports while the last batch reaches the disk. Kysely's own compiler, adapter and introspector are used,
 * so queries are the same as with its SqliteDialect.
 */
import { Worker } from 'node:worker_threads';
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { BatchResult, ReportBatch } from './report-batch.js';
import type { WorkerAnswer, WorkerRequest } from './sqlite-worker.js';

type Answered<K extends string> = Extract<WorkerAnswer, Record<K, unknown>>;

class WorkerConnection implements DatabaseConnection {
  private nextId = 0;
  /** A transaction was begun and its first statement not sent yet: the `begin` travels with it. */
  beginWithNext = false;
  private readonly waiting = new Map<number, (answer: WorkerAnswer) => void>();

  constructor(private readonly worker: Worker) {
    worker.on('message', (answer: WorkerAnswer) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
  }

  /** Sends `request` and resolves with the worker's answer, or rejects with its error (keeping SQLite's code). */
  send<K extends 'rows' | 'written'>(request: Omit<WorkerRequest, 'id'>): Promise<Answered<K>> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (answer) =>
        'error' in answer
          ? reject(Object.assign(new Error(answer.error.message), answer.error.code ? { code: answer.error.code } : {}))
          : resolve(answer as Answered<K>),
      );
      this.worker.postMessage({ ...request, id });
    });
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const begin = this.beginWithNext;
    this.beginWithNext = false;
    const answer = await this.send<'rows'>(
      begin ? { sql: query.sql, parameters: query.parameters, begin } : { sql: query.sql, parameters: query.parameters },
    );
    return { rows: answer.rows as R[], numAffectedRows: BigInt(answer.changes), insertId: BigInt(answer.lastInsertRowid) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the SQLite worker connection');
  }
}

/** One connection, used by one query or transaction at a time (as Kysely's own SQLite driver does). */
class WorkerSqliteDriver implements Driver {
  private worker?: Worker;
  private connection?: WorkerConnection;
  private queue: Promise<void> = Promise.resolve();
  private release?: () => void;

  constructor(
    private readonly file: string,
    private readonly pragmas: readonly string[],
  ) {}

  async init(): Promise<void> {
    const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { file: this.file, pragmas: this.pragmas } });
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (message: 'ready' | { failed: string }) =>
        message === 'ready' ? resolve() : reject(new Error(message.failed)),
      );
    });
    this.worker = worker;
    this.connection = new WorkerConnection(worker);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection!;
  }

  async releaseConnection(): Promise<void> {
    this.release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as WorkerConnection).beginWithNext = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.end(connection as WorkerConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.end(connection as WorkerConnection, 'rollback');
  }

  private async end(connection: WorkerConnection, sql: 'commit' | 'rollback'): Promise<void> {
    // A transaction that ran no statement never began.
    if (connection.beginWithNext) connection.beginWithNext = false;
    else await connection.executeQuery({ sql, parameters: [] } as unknown as CompiledQuery);
  }

  /** Writes a batch of reports in one message and one transaction (sqlite-report-writer.ts), between queries. */
  async writeBatch(batch: ReportBatch): Promise<BatchResult> {
    const connection = (await this.acquireConnection()) as WorkerConnection;
    try {
      return (await connection.send<'written'>({ batch })).written;
    } finally {
      await this.releaseConnection();
    }
  }

  async destroy(): Promise<void> {
    if (!this.worker) return;
    await this.connection!.send<'rows'>({ close: true });
    await this.worker.terminate();
    this.worker = undefined;
  }
}

export class WorkerSqliteDialect implements Dialect {
  private driver?: WorkerSqliteDriver;

  constructor(
    private readonly file: string,
    private readonly pragmas: readonly string[],
  ) {}
  createDriver = () => (this.driver = new WorkerSqliteDriver(this.file, this.pragmas));
  /** The report write without Kysely's statement-by-statement round trips; the Kysely instance must be open. */
  writeBatch = (batch: ReportBatch) => this.driver!.writeBatch(batch);
  createQueryCompiler = () => new SqliteQueryCompiler();
  createAdapter = () => new SqliteAdapter();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's Dialect interface takes any database
  createIntrospector = (db: Kysely<any>) => new SqliteIntrospector(db);
}
