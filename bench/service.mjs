/**
 * `npm run bench:service`: reports per second and latency (p50, p99) of `urgent-action serve` at 32 concurrent
 * clients, on SQLite and on PostgreSQL (a throwaway cluster), beside a bare node:http JSON handler measured in the
 * same run. Each server is a process of its own on 127.0.0.1; the clients are this process (keep-alive, one new
 * report per request). Rounds alternate the three servers; the table gives medians over rounds, and each server's
 * share of bare as the median of its rounds' ratios to the bare round just before.
 * Options: `--rounds N` (default 3), `--seconds S` per round (default 4), `--no-postgres`.
 * Done when SQLite does at least 25 % of the bare handler's reports per second (goal 50 %), with p99 under 50 ms.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../test/node/postgres-cluster.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const ROUNDS = option('--rounds', 3);
const SECONDS = option('--seconds', 4);
const CLIENTS = 32;
const WARM_UP_MS = 1_000;

function start(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code})`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /listening on (http:\S+)/.exec(out)?.[1];
      if (url)
        resolve({
          url,
          stop: () => new Promise((done) => (child.removeAllListeners('exit'), child.once('exit', done), child.kill('SIGTERM'))),
        });
    });
  });
}

/** One round against `url`: CLIENTS clients posting new reports for `ms` after a warm-up; latencies in ms. */
async function round(url, ms) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const { hostname, port } = new URL(url);
  const post = (body) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          hostname,
          port,
          path: '/api/reports',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const latencies = [];
  const started = performance.now();
  const measureFrom = started + WARM_UP_MS;
  const end = measureFrom + ms;
  let measured = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() < end) {
        const body = JSON.stringify({
          case: `bench-${client % 4}`,
          ua: '126.19',
          key: randomUUID(),
          actions: [
            { type: 'email', target: 'Valeriy Georgievich Petrov', count: 1 },
            { type: 'phone', count: 1 },
          ],
          total: 2,
          at: new Date().toISOString(),
          widget: '0.1.0',
          origin: 'https://partner.example',
        });
        const sent = performance.now();
        await post(body);
        const done = performance.now();
        if (sent >= measureFrom && done <= end) {
          latencies.push(done - sent);
          measured++;
        }
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { perSecond: measured / (ms / 1000), p50: at(0.5), p99: at(0.99) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const scratch = mkdtempSync(join(os.tmpdir(), 'urgent-action-bench-'));
const postgres = argv.includes('--no-postgres') ? undefined : await startPostgres();
const serve = (db) => start(['bin/urgent-action.js', 'serve', '--port', '0', '--db', db, '--rate-limit-ip', '0', '--rate-limit-case', '0']);
const targets = [
  { name: 'bare node:http JSON handler', server: await start(['bench/bare-report-server.mjs']) },
  { name: 'urgent-action serve, SQLite', server: await serve(join(scratch, 'bench.db')) },
];
if (postgres) targets.push({ name: 'urgent-action serve, PostgreSQL', server: await serve(postgres.url) });

const results = new Map(targets.map((t) => [t.name, []]));
try {
  for (let r = 1; r <= ROUNDS; r++) {
    for (const target of targets) {
      const result = await round(target.server.url, SECONDS * 1000);
      results.get(target.name).push(result);
      console.error(
        `round ${r}: ${target.name}: ${Math.round(result.perSecond)}/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
      );
    }
  }
} finally {
  await Promise.all(targets.map((t) => t.server.stop()));
  postgres?.stop();
  rmSync(scratch, { recursive: true, force: true });
}

// The machine's load drifts from round to round: each ratio is the median of the rounds' own ratios to bare.
const bareRuns = results.get(targets[0].name);
const summary = targets.map(({ name }) => {
  const runs = results.get(name);
  return {
    name,
    perSecond: median(runs.map((r) => r.perSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    ofBare: median(runs.map((r, i) => r.perSecond / bareRuns[i].perSecond)),
  };
});
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `\n${CLIENTS} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s, medians; Node ${process.version}, ${cpu} × ${os.cpus().length}, load average ${os.loadavg()[0].toFixed(1)}\n`,
);
console.log('| server | reports/s | p50 | p99 | of bare |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const s of summary) {
  console.log(
    `| ${s.name} | ${Math.round(s.perSecond).toLocaleString('en')} | ${s.p50.toFixed(1)} ms | ${s.p99.toFixed(1)} ms | ${Math.round(s.ofBare * 100)} % |`,
  );
}
const sqlite = summary[1];
const share = sqlite.ofBare;
console.log(
  `\nSQLite: ${Math.round(share * 100)} % of bare (done at 25 %, goal 50 %): ${share >= 0.25 ? 'ok' : 'MISSED'}; ` +
    `p99 ${sqlite.p99.toFixed(1)} ms (under 50 ms): ${sqlite.p99 < 50 ? 'ok' : 'MISSED'}`,
);
