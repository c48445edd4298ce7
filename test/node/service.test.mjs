/**
 * The report service's HTTP API on SQLite and on PostgreSQL (a throwaway cluster): counting once, bad input, byte
 * caps, rate limits, origins, personal data, the admin export, migrations. Runs the compiled service in lib/service.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import { parseServeArgs } from '../../lib/service/index.js';
import { reportPayloadJsonSchema } from '../../lib/src/report/payload.js';
import {
  ADMIN_TOKEN,
  ENGINES,
  exportOf,
  freshCase,
  newDatabase,
  post,
  repo,
  report,
  runSql,
  startService,
  stopEngines,
  totalOf,
} from './service-helpers.mjs';

after(stopEngines);

for (const engine of ENGINES) {
  describe(`report service on ${engine}`, () => {
    let db;
    let running;
    let base;
    before(async () => {
      db = await newDatabase(engine);
      running = await startService(db);
      base = running.base;
    });
    after(() => running?.close());

    it('counts a report once: a repeated key answers the same total and adds nothing', async () => {
      const id = freshCase();
      const first = report(id);
      const answer = await post(base, first);
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), { total: 3 });
      assert.deepEqual(await (await post(base, first)).json(), { total: 3, duplicate: true });
      assert.deepEqual(await (await post(base, report(id, { actions: [{ type: 'fax', count: 4 }] }))).json(), { total: 7 });
      assert.equal(await totalOf(base, id), 7);
      assert.equal(await totalOf(base, freshCase('never-reported')), 0);
      const missing = await fetch(`${base}/api/reports/total`);
      assert.equal(missing.status, 400);
    });

    it('counts 30 identical requests sent at once as one report', async () => {
      const id = freshCase();
      const same = report(id);
      const answers = await Promise.all(Array.from({ length: 30 }, () => post(base, same)));
      const bodies = await Promise.all(answers.map((a) => a.json()));
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
      assert.ok(bodies.every((b) => b.total === 3));
      assert.equal(bodies.filter((b) => !b.duplicate).length, 1);
      assert.equal(await totalOf(base, id), 3);
      assert.equal((await exportOf(base, `&case=${id}`)).length, 1);
    });

    it('writes reports that arrive together as one batch: a repeated key counts once, a report the database refuses fails alone', async () => {
      const id = freshCase('batch');
      const refused = freshCase('refused');
      // Stands for any report the database refuses (a constraint): it must not take the others in its batch with it.
      await runSql(db, refuseCase(engine, refused));
      try {
        const { store } = running.service;
        const first = report(id);
        const now = new Date();
        // Added in one turn of the event loop: one batch.
        const results = await Promise.allSettled([
          store.add(first, now),
          store.add(first, now),
          store.add(report(id, { actions: [{ type: 'fax', count: 4 }] }), now),
          store.add(report(refused), now),
        ]);
        assert.deepEqual(
          results.map((r) => r.status),
          ['fulfilled', 'fulfilled', 'fulfilled', 'rejected'],
        );
        assert.deepEqual(
          results.slice(0, 3).map((r) => r.value.added),
          [true, false, true],
        );
        assert.equal(results[0].value.total, results[1].value.total);
        assert.match(results[3].reason.message, /refused by a test trigger/);
        assert.equal(await totalOf(base, id), 7);
        assert.equal((await exportOf(base, `&case=${id}`)).length, 2);
        assert.equal(await totalOf(base, refused), 0);

        const [stored, failed] = await Promise.all([post(base, report(id)), post(base, report(refused))]);
        assert.deepEqual([stored.status, failed.status], [200, 503]);
        assert.equal(failed.headers.get('retry-after'), '5');
        assert.equal(await totalOf(base, id), 10);
      } finally {
        await runSql(db, dropTrigger(engine, 'refuse_case'));
      }
    });

    it('answers 503 to every report of a batch the database fails to write, acknowledges none, and counts each once when sent again', async () => {
      const id = freshCase('down');
      const sent = Array.from({ length: 5 }, () => report(id));
      await runSql(db, failInserts(engine));
      let answers;
      try {
        answers = await Promise.all(sent.map((body) => post(base, body)));
      } finally {
        await runSql(db, dropTrigger(engine, 'fail_inserts'));
      }
      assert.deepEqual(
        answers.map((a) => a.status),
        [503, 503, 503, 503, 503],
      );
      assert.ok(answers.every((a) => a.headers.get('retry-after') === '5'));
      assert.equal(await totalOf(base, id), 0);
      const again = await Promise.all(sent.map((body) => post(base, body)));
      assert.deepEqual(new Set(again.map((a) => a.status)), new Set([200]));
      assert.equal(await totalOf(base, id), 15);
    });

    it('refuses what is not a valid report with a 4xx and a reason, and stays up', async () => {
      const id = freshCase();
      const valid = report(id);
      const cases = [
        [post(base, 'not json'), 400, /not JSON/],
        [post(base, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 400, /UTF-8/],
        [post(base, valid, { 'content-type': 'text/plain' }), 415, /application\/json/],
        [post(base, { ...valid, actions: [], total: 0 }), 400, /actions: must list at least one action/],
        [post(base, { ...valid, total: 99 }), 400, /total: must be the sum of the counts/],
        [post(base, { ...valid, extra: 'x' }), 400, /unknown field "extra"/],
        [post(base, report(id, { actions: [{ type: 'carrier pigeon', count: 1 }] })), 400, /actions\.0\.type: must be one of/],
        [post(base, report(id, { actions: [{ type: 'email', count: 1000 }] })), 400, /count: must be at most 999/],
        [
          post(
            base,
            report(id, {
              actions: [
                { type: 'email', count: 2 },
                { type: 'email', count: 3 },
              ],
            }),
          ),
          400,
          /each type and target once/,
        ],
        [
          post(base, report(id, { actions: Array.from({ length: 5 }, (_, i) => ({ type: 'email', target: `T${i}`, count: 999 })) })),
          400,
          /total: must be at most 2000/,
        ],
        [
          post(base, report(id, { actions: Array.from({ length: 100 }, (_, i) => ({ type: 'email', target: `T${i}`, count: 999 })) })),
          400,
          /at most 50 items/,
        ],
        [post(base, { ...valid, key: 'has space' }), 400, /key/],
        [post(base, { ...valid, origin: 'https://partner.example/page?secret' }), 400, /origin/],
        [post(base, []), 400, /\(root\)/],
      ];
      for (const [answer, status, reason] of cases) {
        const response = await answer;
        const body = await response.json();
        assert.equal(response.status, status, JSON.stringify(body));
        assert.match(body.error, reason);
      }
      assert.deepEqual(await (await post(base, valid)).json(), { total: 3 });
    });

    it('counts caps in bytes: the body and each text field', async () => {
      const id = freshCase();
      // 150 Cyrillic letters are 300 bytes: the cap; one more is over it, though only 151 characters.
      const name = 'Ж'.repeat(150);
      assert.equal((await post(base, report(id, { actions: [{ type: 'email', target: name, count: 1 }] }))).status, 200);
      const over = await post(base, report(id, { actions: [{ type: 'email', target: name + 'Ж', count: 1 }] }));
      assert.equal(over.status, 400);
      assert.match((await over.json()).error, /target: must be at most 300 bytes/);
      // Under 16,384 characters, over 16,384 bytes.
      const big = JSON.stringify({ ...report(id), padding: 'é'.repeat(8_200) });
      assert.ok(big.length < 16_384 && Buffer.byteLength(big) > 16_384);
      const tooLarge = await post(base, big);
      assert.equal(tooLarge.status, 413);
      assert.match((await tooLarge.json()).error, /16384 bytes/);
      // Without a Content-Length, counted as it arrives.
      assert.equal(await postChunked(base, [Buffer.from(big)]), 413);
    });

    it('keeps a name whose bytes arrive in two chunks, split inside a character', async () => {
      const id = freshCase();
      const body = Buffer.from(JSON.stringify(report(id, { actions: [{ type: 'email', target: 'Анатолий Антонов', count: 1 }] })));
      const split = body.indexOf(Buffer.from('Анатолий')) + 1;
      assert.equal(await postChunked(base, [body.subarray(0, split), body.subarray(split)]), 200);
      const [stored] = await exportOf(base, `&case=${id}`);
      assert.equal(stored.actions[0].target, 'Анатолий Антонов');
    });

    it('answers CORS preflights, and every answer allows any origin when no origin is listed', async () => {
      const preflight = await fetch(`${base}/api/reports`, { method: 'OPTIONS', headers: { origin: 'https://anyone.example' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
      assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type');
      const answer = await post(base, report(freshCase()), { origin: 'https://anyone.example' });
      assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    });

    it('stores reporter details only when the report carries them, and exports them only when asked', async () => {
      const id = freshCase();
      const anonymous = report(id);
      const consented = report(id, { reporter: { name: 'Олена Коваль', country: 'UA' } });
      await post(base, anonymous);
      await post(base, consented);
      const plain = await exportOf(base, `&case=${id}`);
      assert.equal(plain.length, 2);
      assert.ok(plain.every((r) => !('reporter' in r)));
      const personal = await exportOf(base, `&case=${id}&personal=1`);
      assert.deepEqual(personal.find((r) => r.key === consented.key).reporter, { name: 'Олена Коваль', country: 'UA' });
      assert.ok(!('reporter' in personal.find((r) => r.key === anonymous.key)));
      const csv = await (
        await fetch(`${base}/api/reports/export?format=csv&case=${id}&personal=1`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).text();
      assert.match(csv, /^received,at,case,ua,key,origin,widget,type,target,count,name,email,country\r\n/);
      assert.match(csv, /Олена Коваль,,UA\r\n/);
      const csvPlain = await (
        await fetch(`${base}/api/reports/export?format=csv&case=${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).text();
      assert.doesNotMatch(csvPlain, /Олена|name/);
      assert.equal(csvPlain.trim().split('\r\n').length, 1 + 4);
    });

    it('keeps the export safe to open in a spreadsheet', async () => {
      const id = freshCase();
      await post(base, report(id, { actions: [{ type: 'email', target: '=HYPERLINK("http://evil.example","x")', count: 1 }] }));
      const csv = await (
        await fetch(`${base}/api/reports/export?format=csv&case=${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).text();
      assert.match(csv, /,"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",1\r\n/);
    });

    it('closes the export without the admin token (401), and checks the format', async () => {
      const url = `${base}/api/reports/export?format=csv`;
      assert.equal((await fetch(url)).status, 401);
      const wrong = await fetch(url, { headers: { authorization: 'Bearer nope' } });
      assert.equal(wrong.status, 401);
      assert.match((await wrong.json()).error, /token/);
      assert.equal((await fetch(`${base}/admin/`)).status, 401);
      const basic = await fetch(`${base}/admin/`, {
        headers: { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` },
      });
      assert.equal(basic.status, 200);
      const badFormat = await fetch(`${base}/api/reports/export?format=xml`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      assert.equal(badFormat.status, 400);
    });

    it('gives the dashboard its totals by type, target, origin and day', async () => {
      const id = freshCase();
      const reports = [
        {
          origin: 'https://a.example',
          actions: [
            { type: 'email', target: 'Petrov', count: 2 },
            { type: 'fax', target: 'Petrov', count: 1 },
          ],
        },
        {
          origin: 'https://b.example',
          actions: [
            { type: 'email', target: 'Antonov', count: 1 },
            { type: 'phone', count: 4 },
          ],
        },
      ];
      for (const fields of reports) await post(base, report(id, fields));
      const stats = await running.service.store.stats(id);
      assert.equal(stats.total, 8);
      assert.equal(stats.reports, 2);
      assert.deepEqual(stats.byType, [
        { name: 'phone', total: 4 },
        { name: 'email', total: 3 },
        { name: 'fax', total: 1 },
      ]);
      assert.deepEqual(stats.byTarget, [
        { name: '', total: 4 },
        { name: 'Petrov', total: 3 },
        { name: 'Antonov', total: 1 },
      ]);
      assert.deepEqual(stats.byOrigin, [
        { name: 'https://b.example', total: 5 },
        { name: 'https://a.example', total: 3 },
      ]);
      assert.deepEqual(stats.perDay, [{ name: new Date().toISOString().slice(0, 10), total: 8 }]);
      assert.ok((await running.service.store.cases()).some((c) => c.case === id && c.total === 8));
    });

    it('limits reports per client address and per case with 429 and Retry-After; 0 turns a limit off', async () => {
      const limited = await startService(await newDatabase(engine), { rateLimitIp: 3, rateLimitCase: 5, trustProxy: true });
      try {
        const id = freshCase();
        const from = (address) => ({ 'x-forwarded-for': `203.0.113.9, ${address}` });
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await post(limited.base, report(id), from('198.51.100.1'))).status);
        assert.deepEqual(statuses, [200, 200, 200, 429]);
        const refused = await post(limited.base, report(id), from('198.51.100.1'));
        assert.equal(refused.status, 429);
        assert.ok(Number(refused.headers.get('retry-after')) >= 1);
        assert.match((await refused.json()).error, /from this address/);
        // Another address (the proxy's last entry) has its own allowance; the case has 2 reports left.
        assert.equal((await post(limited.base, report(id), from('198.51.100.2'))).status, 200);
        assert.equal((await post(limited.base, report(id), from('198.51.100.3'))).status, 200);
        const full = await post(limited.base, report(id), from('198.51.100.4'));
        assert.equal(full.status, 429);
        assert.match((await full.json()).error, /for this case/);
        assert.equal((await post(limited.base, report(freshCase()), from('198.51.100.4'))).status, 200);
      } finally {
        await limited.close();
      }
      // Not behind a proxy: X-Forwarded-For is the client's to forge, so it is ignored.
      const direct = await startService(await newDatabase(engine), { rateLimitIp: 1 });
      try {
        assert.equal((await post(direct.base, report(freshCase()), { 'x-forwarded-for': '192.0.2.1' })).status, 200);
        assert.equal((await post(direct.base, report(freshCase()), { 'x-forwarded-for': '192.0.2.2' })).status, 429);
      } finally {
        await direct.close();
      }
    });

    it('takes reports only from listed origins when --allow-origin is given', async () => {
      const partner = 'https://partner.example';
      const listed = await startService(await newDatabase(engine), { allowOrigins: [partner] });
      try {
        const ok = await post(listed.base, report(freshCase()), { origin: partner });
        assert.equal(ok.status, 200);
        assert.equal(ok.headers.get('access-control-allow-origin'), partner);
        const other = await post(listed.base, report(freshCase()), { origin: 'https://copycat.example' });
        assert.equal(other.status, 403);
        assert.match((await other.json()).error, /copycat\.example/);
        assert.equal((await post(listed.base, report(freshCase()))).status, 403);
        const preflight = await fetch(`${listed.base}/api/reports`, { method: 'OPTIONS', headers: { origin: 'https://copycat.example' } });
        assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      } finally {
        await listed.close();
      }
    });

    it('erases reporter details after the kept days and keeps the counts', async () => {
      let now = new Date('2026-01-01T12:00:00Z');
      const aging = await startService(await newDatabase(engine), { keepPersonalDays: 30, now: () => now });
      try {
        const id = freshCase();
        await post(aging.base, report(id, { reporter: { email: 'reader@example.org' } }));
        now = new Date('2026-01-20T12:00:00Z');
        await post(aging.base, report(id, { reporter: { email: 'later@example.org' } }));
        now = new Date('2026-02-05T12:00:00Z');
        assert.equal(await aging.service.erasePersonal(), 1);
        const reports = await exportOf(aging.base, `&case=${id}&personal=1`);
        assert.deepEqual(
          reports.map((r) => r.reporter?.email),
          [undefined, 'later@example.org'],
        );
        assert.equal(await totalOf(aging.base, id), 6);
      } finally {
        await aging.close();
      }
    });

    it('keeps everything across a restart, and migrates each database once', async () => {
      const file = await newDatabase(engine);
      const id = freshCase();
      const first = await startService(file);
      await post(first.base, report(id));
      await first.close();
      const second = await startService(file);
      try {
        assert.equal(await totalOf(second.base, id), 3);
        const migrations = await second.service.store['db'].selectFrom('kysely_migration').select('name').execute();
        assert.deepEqual(
          migrations.map((m) => m.name),
          ['0001-reports'],
        );
      } finally {
        await second.close();
      }
    });
  });
}

describe('report service options', () => {
  it('reads every option, repeatable origins included, and refuses nonsense with a reason', () => {
    const parsed = parseServeArgs([
      '--port',
      '9000',
      '--host',
      '0.0.0.0',
      '--db',
      'postgres://u@db/x',
      '--allow-origin',
      'https://a.example/',
      '--allow-origin',
      'http://b.example:8080',
      '--rate-limit-ip',
      '0',
      '--rate-limit-case',
      '100',
      '--trust-proxy',
      '--keep-personal-days',
      '30',
    ]);
    assert.deepEqual(parsed, {
      ok: true,
      options: {
        port: 9000,
        host: '0.0.0.0',
        db: 'postgres://u@db/x',
        allowOrigins: ['https://a.example', 'http://b.example:8080'],
        rateLimitIp: 0,
        rateLimitCase: 100,
        trustProxy: true,
        keepPersonalDays: 30,
      },
    });
    assert.match(parseServeArgs(['--port', 'x']).error, /--port must be a whole number/);
    assert.match(parseServeArgs(['--keep-personal-days', '0']).error, /from 1/);
    assert.match(parseServeArgs(['--allow-origin', 'partner.example']).error, /--allow-origin/);
    assert.match(parseServeArgs(['--nope']).error, /nope/);
  });

  it('serve --help explains the options; bad options exit 2', () => {
    const cli = (args) => spawnSync(process.execPath, [join(repo, 'bin/urgent-action.js'), ...args], { encoding: 'utf8' });
    const help = cli(['serve', '--help']);
    assert.equal(help.status, 0);
    for (const option of [
      '--port',
      '--host',
      '--db',
      '--allow-origin',
      '--rate-limit-ip',
      '--rate-limit-case',
      '--trust-proxy',
      '--keep-personal-days',
    ]) {
      assert.ok(help.stdout.includes(option), option);
    }
    const bad = cli(['serve', '--rate-limit-ip', '-1']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /rate-limit-ip/);
  });
});

describe('report payload schema', () => {
  it('docs/report-payload.schema.json is the one generated from the zod schema, and committed as built', () => {
    const committed = JSON.parse(readFileSync(join(repo, 'docs/report-payload.schema.json'), 'utf8'));
    assert.deepEqual(committed, reportPayloadJsonSchema());
    // The build rewrites the file; a difference from the commit means the schema changed without it.
    const diff = spawnSync('git', ['diff', '--exit-code', '--', 'docs/report-payload.schema.json'], { cwd: repo, encoding: 'utf8' });
    if (diff.error?.code !== 'ENOENT' && !/not a git repository/.test(diff.stderr)) assert.equal(diff.status, 0, diff.stdout);
  });

  it('a SQLite database opened by the service uses WAL and full sync', async () => {
    const file = await newDatabase('sqlite');
    const running = await startService(file);
    await post(running.base, report(freshCase()));
    const sqlite = new Sqlite(file, { readonly: true });
    try {
      assert.equal(sqlite.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      sqlite.close();
      await running.close();
    }
  });
});

/** A trigger refusing reports for `caseId` as a constraint would (SQLite's RAISE, PostgreSQL's check_violation). */
function refuseCase(engine, caseId) {
  const when = `new.case_id = '${caseId}'`;
  return engine === 'sqlite'
    ? `create trigger refuse_case before insert on reports when ${when} begin select raise(abort, 'refused by a test trigger'); end`
    : `create function refuse_case() returns trigger language plpgsql as $$ begin
         raise exception 'refused by a test trigger' using errcode = 'check_violation'; end $$;
       create trigger refuse_case before insert on reports for each row when (${when}) execute function refuse_case()`;
}

/** A trigger making every insert of a report fail as a database in trouble does, not for the report's data. */
function failInserts(engine) {
  return engine === 'sqlite'
    ? // Compiled into each insert, so every insert fails with SQLITE_ERROR.
      'create trigger fail_inserts before insert on reports begin select no_such_function(); end'
    : `create function fail_inserts() returns trigger language plpgsql as $$ begin
         raise exception 'the disk is full (a test trigger)' using errcode = 'disk_full'; end $$;
       create trigger fail_inserts before insert on reports for each row execute function fail_inserts()`;
}

/** Removes a trigger made by the two functions above. */
const dropTrigger = (engine, name) =>
  engine === 'sqlite' ? `drop trigger ${name}` : `drop trigger ${name} on reports; drop function ${name}()`;

/** POSTs `chunks` as a chunked body without a Content-Length, 50 ms apart; resolves with the status. */
function postChunked(base, chunks) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/reports`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    );
    req.on('error', reject);
    const [first, ...rest] = chunks;
    req.write(first);
    setTimeout(() => {
      for (const chunk of rest) req.write(chunk);
      req.end();
    }, 50);
  });
}
