/**
 * The database behind the service: SQLite in a file for one machine, PostgreSQL for several instances. Kysely gives
 * both one query builder, so every query below runs unchanged on either engine.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from './options.js';
import { migrateToLatest } from './migrations.js';
import { postgresReportWriter } from './postgres-report-writer.js';
import type { WriteBatch } from './report-batch.js';
import { WorkerSqliteDialect } from './sqlite-dialect.js';

/** One row per report, by its idempotency key. Times are ISO strings (UTC), so both engines sort and cut them alike. */
export interface ReportsTable {
  key: string;
  case_id: string;
  ua: string;
  total: number;
  sent_at: string;
  received_at: string;
  widget: string;
  origin: string;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_country: string | null;
}

export interface ReportActionsTable {
  report_key: string;
  /** Order within the report, as the reader's dialog listed them. */
  position: number;
  case_id: string;
  type: string;
  target: string | null;
  count: number;
}

/** Running totals, kept in the same transaction as the reports they count, so a total is one row read. */
export interface CaseTotalsTable {
  case_id: string;
  total: number;
  reports: number;
}

export interface Database {
  reports: ReportsTable;
  report_actions: ReportActionsTable;
  case_totals: CaseTotalsTable;
}

export type Engine = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data is, for the start-up line (a PostgreSQL URL without its password). */
  description: string;
  /** The engine's report write: a batch in one message to the SQLite thread, or in one PostgreSQL statement. */
  writeBatch: WriteBatch;
}

/**
 * SQLite settings. WAL lets readers go on while a report is written. `synchronous = FULL` makes SQLite fsync the WAL
 * at every commit, so a report answered 2xx is on disk, not only in the kernel's cache: it survives `kill -9` (which
 * NORMAL would too) and also a power cut or kernel crash (which NORMAL would not). Reports arriving together commit
 * together (see store.ts), so the fsync is paid once per batch, not per report, and in the connection's own thread
 * (sqlite-dialect.ts), so requests go on being parsed and checked meanwhile.
 */
const SQLITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000', 'foreign_keys = ON'];

/** Opens `target` (a file or a postgres:// URL) and brings its schema to the latest version. */
export async function openDatabase(target: string): Promise<OpenDatabase> {
  let opened: OpenDatabase;
  if (isPostgresUrl(target)) {
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    const url = new URL(target);
    url.password = url.password && '***';
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    opened = { db, engine: 'postgres', description: `PostgreSQL ${url.href}`, writeBatch: postgresReportWriter(db) };
  } else {
    const dialect = new WorkerSqliteDialect(target, SQLITE_PRAGMAS);
    opened = { db: new Kysely<Database>({ dialect }), engine: 'sqlite', description: `SQLite ${target}`, writeBatch: dialect.writeBatch };
  }
  try {
    await migrateToLatest(opened.db);
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
  return opened;
}
