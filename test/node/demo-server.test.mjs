/**
 * The demo's static server serves the demo pages and the build only (never .git, data/ with readers' reports, or
 * anything else in the repository), and `npm start` runs the demo against `urgent-action serve` on SQLite.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startServer } from '../../tooling/serve.mjs';
import { post, repo, report, totalOf } from './service-helpers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'urgent-action-demo-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** GET `path` as written (fetch would normalise `..` away); resolves with the status. */
const statusOf = (base, path) =>
  new Promise((resolve, reject) => {
    request(`${base}${path}`, (res) => {
      res.resume();
      resolve(res.statusCode);
    })
      .on('error', reject)
      .end();
  });

describe('demo server', () => {
  it('serves demo/, builder/ and dist/, and nothing else of the repository', async () => {
    const root = join(scratch, 'repo');
    const files = [
      'demo/index.html',
      'builder/index.html',
      'dist/urgent-action.js',
      '.git/config',
      'data/reports.db',
      'package.json',
      'src/index.ts',
      '.env',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), file);
    }
    const server = await startServer({ root, port: 0 });
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      for (const path of ['/demo/', '/demo/index.html', '/builder/', '/dist/urgent-action.js'])
        assert.equal(await statusOf(base, path), 200, path);
      assert.equal(await statusOf(base, '/'), 302);
      const hidden = [
        '/.git/config',
        '/data/reports.db',
        '/package.json',
        '/src/index.ts',
        '/.env',
        '/demo/../.git/config',
        '/demo/%2e%2e/data/reports.db',
        '/dist/..%2f.git/config',
      ];
      for (const path of hidden) assert.equal(await statusOf(base, path), 404, path);
    } finally {
      server.close();
    }
  });

  it('npm start: the demo against urgent-action serve on SQLite, dashboard included', async () => {
    const db = join(scratch, 'start', 'reports.db');
    const start = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
      cwd: repo,
      env: { ...process.env, PORT: '0', REPORTS_DB: db, URGENT_ACTION_ADMIN_TOKEN: 'demo-token' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => start.once('exit', (code, signal) => resolve(code ?? signal)));
    try {
      const base = await new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${out}`)), 20_000);
        start.stdout.on('data', (chunk) => {
          out += chunk;
          const url = /The demo is at (http:\/\/localhost:\d+)\/demo\//.exec(out)?.[1];
          if (url && /dashboard is at/.test(out)) {
            clearTimeout(timer);
            resolve(url);
          }
        });
      });
      const answer = await post(base, report('demo-start'));
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), { total: 3 });
      assert.equal(await totalOf(base, 'demo-start'), 3);
      assert.equal((await fetch(`${base}/admin/`)).status, 401);
      const dashboard = await fetch(`${base}/admin/`, { headers: { authorization: 'Bearer demo-token' } });
      assert.match(await dashboard.text(), /demo-start/);
      assert.equal(await statusOf(base, '/data/reports.db'), 404);
    } finally {
      start.kill('SIGTERM');
      assert.equal(await exited, 0);
    }
  });
});
