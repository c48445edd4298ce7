/** The report service as one object: database, store and HTTP app together, with the personal-data sweep. */
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { openDatabase, type Engine } from './database.js';
import { ReportStore } from './store.js';

export interface ReportServiceOptions extends AppOptions {
  /** A file (SQLite) or a postgres:// URL. */
  db: string;
  keepPersonalDays: number;
}

export interface ReportService {
  engine: Engine;
  description: string;
  store: ReportStore;
  /** The web-standard handler. */
  fetch: (request: Request, env?: Partial<HttpBindings>) => Response | Promise<Response>;
  /** The same for node:http. */
  listener: ReturnType<typeof getRequestListener>;
  /** Erases personal data older than the kept days; runs at start and every hour. Returns how many reports. */
  erasePersonal: () => Promise<number>;
  /** Stops the sweep, waits for reports being written, closes the database. */
  close: () => Promise<void>;
}

const HOUR_MS = 3_600_000;

export async function createReportService(options: ReportServiceOptions): Promise<ReportService> {
  const database = await openDatabase(options.db);
  const store = new ReportStore(database);
  const now = options.now ?? (() => new Date());
  const app = createApp(store, { ...options, now });
  const erasePersonal = () => store.erasePersonal(new Date(now().getTime() - options.keepPersonalDays * 24 * HOUR_MS));
  const sweep = () =>
    erasePersonal().catch((error: Error) => console.error(`urgent-action serve: erasing personal data failed: ${error.message}`));
  await sweep();
  const timer = setInterval(sweep, HOUR_MS).unref();
  return {
    engine: database.engine,
    description: database.description,
    store,
    fetch: app.fetch,
    listener: getRequestListener(app.fetch),
    erasePersonal,
    async close() {
      clearInterval(timer);
      await store.close();
    },
  };
}
