/**
 * `npm start`: builds, runs `urgent-action serve` on SQLite (data/reports.db, git-ignored; REPORTS_DB to change) and
 * serves the demo pages on localhost (PORT, default 8080), passing /api/ and /admin/ on to the service; prints the
 * addresses. Ctrl+C stops both. `--no-build` skips the build.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { dirname } from 'node:path';
import { startServer } from '../tooling/serve.mjs';

if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const db = process.env.REPORTS_DB || 'data/reports.db';
mkdirSync(dirname(db), { recursive: true });
const token = process.env.URGENT_ACTION_ADMIN_TOKEN || randomBytes(12).toString('base64url');
const service = spawn(process.execPath, ['bin/urgent-action.js', 'serve', '--port', '0', '--db', db], {
  env: { ...process.env, URGENT_ACTION_ADMIN_TOKEN: token },
  stdio: ['ignore', 'pipe', 'inherit'],
});
service.once('exit', (code) => {
  console.error(`urgent-action serve stopped (${code})`);
  process.exit(1);
});
const serviceUrl = await new Promise((resolve) => {
  let out = '';
  service.stdout.on('data', (chunk) => {
    out += chunk;
    const url = /listening on (http:\S+)/.exec(out)?.[1];
    if (url) resolve(new URL(url));
  });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    service.removeAllListeners('exit');
    service.once('exit', () => process.exit(0));
    service.kill('SIGTERM');
  });
}

/** Passes the report API and the dashboard on to the service, as a reverse proxy would. */
const toService = (req, res, url) => {
  if (!/^\/(api|admin)(\/|$)/.test(url.pathname)) return false;
  const forward = request(
    { hostname: serviceUrl.hostname, port: serviceUrl.port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  forward.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end('the report service is not answering'));
  req.pipe(forward);
  return true;
};

const preferred = Number(process.env.PORT ?? 8080);
let server;
for (let port = preferred; !server; port++) {
  try {
    server = await startServer({ port, routes: [toService] });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port > preferred + 20) throw error;
  }
}
const { port } = server.address();
console.log(`\nThe demo is at http://localhost:${port}/demo/  (Ctrl+C stops it)`);
console.log(`Reports go to urgent-action serve (SQLite, ${db}); the dashboard is at http://localhost:${port}/admin/`);
console.log(`  (any user name, password ${token}; set URGENT_ACTION_ADMIN_TOKEN to choose it)`);
