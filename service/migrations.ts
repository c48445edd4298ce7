/**
 * The schema's versions, in order. A version, once released, never changes: a change is a new version. Kysely's
 * migrator records which ran and holds a lock while it runs, so instances starting together on one PostgreSQL
 * migrate once.
 */
import { Migrator, sql, type Kysely, type Migration } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '0001-reports': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('ua', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('widget', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('reporter_name', 'text')
        .addColumn('reporter_email', 'text')
        .addColumn('reporter_country', 'text')
        .execute();
      await db.schema.createIndex('reports_case_received').on('reports').columns(['case_id', 'received_at', 'key']).execute();
      // Only rows still holding personal data, so the erasure sweep finds them without reading every report.
      await db.schema
        .createIndex('reports_personal_received')
        .on('reports')
        .column('received_at')
        .where(sql<boolean>`reporter_name is not null or reporter_email is not null or reporter_country is not null`)
        .execute();
      await db.schema
        .createTable('report_actions')
        .addColumn('report_key', 'text', (c) => c.notNull().references('reports.key').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_actions_key', ['report_key', 'position'])
        .execute();
      await db.schema.createIndex('report_actions_case').on('report_actions').columns(['case_id', 'type']).execute();
      await db.schema
        .createTable('case_totals')
        .addColumn('case_id', 'text', (c) => c.primaryKey())
        .addColumn('total', 'bigint', (c) => c.notNull())
        .addColumn('reports', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration meets every earlier version of the schema
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
}
