/** `npm start`: builds, then serves the demo pages and the report endpoint on localhost and prints the address. */
import { execFileSync } from 'node:child_process';
import { openReportStore, reportRoute } from './report-store.mjs';
import { startServer } from '../tooling/serve.mjs';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

// Reports from the demo land in the git-ignored data/ folder.
const routes = [reportRoute(openReportStore('data/reports.jsonl'))];
const preferred = Number(process.env.PORT ?? 8080);
let server;
for (let port = preferred; !server; port++) {
  try {
    server = await startServer({ port, routes });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port > preferred + 20) throw error;
  }
}
const { port } = server.address();
console.log(`\nThe demo is at http://localhost:${port}/demo/  (Ctrl+C stops it)`);
