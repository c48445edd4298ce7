/**
 * `urgent-action serve` as a process: `kill -9` under load loses no report that was answered 2xx, and re-sending
 * everything counts each report once; two instances on one PostgreSQL count a report once; SIGTERM stops cleanly.
 * Traffic goes to 127.0.0.1 only, bounded in time and count (16 clients, at most 10 s or 20,000 reports).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ENGINES, exportOf, freshCase, newDatabase, post, report, startServe, stopEngines, totalOf } from './service-helpers.mjs';

after(stopEngines);

const UNLIMITED = ['--rate-limit-ip', '0', '--rate-limit-case', '0'];
const CLIENTS = 16;
/** Load runs until this many reports were acknowledged (or for 10 s on a very busy machine), then kill -9. */
const ACKNOWLEDGED_BEFORE_KILL = 150;
const MAX_LOAD_MS = 10_000;

/** Posts new reports from `CLIENTS` clients until `stop()`; returns what was sent and which were answered 2xx. */
function load(base, caseId) {
  const sent = [];
  const acknowledged = new Set();
  let stopping = false;
  const client = async () => {
    while (!stopping && sent.length < 20_000) {
      const body = report(caseId, { actions: [{ type: 'email', count: 1 + (sent.length % 3) }] });
      sent.push(body);
      try {
        const answer = await post(base, body);
        if (answer.ok) acknowledged.add(body.key);
        await answer.arrayBuffer();
      } catch {
        // The service was killed: this one may or may not have been stored.
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  return {
    sent,
    acknowledged,
    async stop() {
      stopping = true;
      await Promise.all(clients);
    },
  };
}

for (const engine of ENGINES) {
  describe(`urgent-action serve on ${engine}`, () => {
    it('loses no acknowledged report to kill -9 under load, and counts each once when everything is sent again', async (t) => {
      const db = await newDatabase(engine);
      const id = freshCase('kill');
      const first = await startServe(['--db', db, ...UNLIMITED]);
      const traffic = load(first.base, id);
      for (const started = Date.now(); traffic.acknowledged.size < ACKNOWLEDGED_BEFORE_KILL && Date.now() - started < MAX_LOAD_MS;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      first.child.kill('SIGKILL');
      assert.equal(await first.exited, 'SIGKILL');
      await traffic.stop();
      assert.ok(traffic.acknowledged.size >= 20, `only ${traffic.acknowledged.size} reports were acknowledged`);
      assert.ok(traffic.sent.length > traffic.acknowledged.size, 'no request was in flight at the kill');

      const second = await startServe(['--db', db, ...UNLIMITED]);
      try {
        const stored = new Map((await exportOf(second.base, `&case=${id}`)).map((r) => [r.key, r]));
        const lost = [...traffic.acknowledged].filter((key) => !stored.has(key));
        assert.deepEqual(lost, [], `${lost.length} acknowledged reports lost`);
        const storedTotal = [...stored.values()].reduce((sum, r) => sum + r.total, 0);
        assert.equal(await totalOf(second.base, id), storedTotal);

        // The widget re-sends what it did not hear back about, under the same keys; here everything is re-sent.
        for (let i = 0; i < traffic.sent.length; i += CLIENTS) {
          const answers = await Promise.all(traffic.sent.slice(i, i + CLIENTS).map((body) => post(second.base, body)));
          assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
        }
        const all = await exportOf(second.base, `&case=${id}`);
        assert.equal(all.length, traffic.sent.length);
        assert.equal(new Set(all.map((r) => r.key)).size, traffic.sent.length);
        assert.equal(
          await totalOf(second.base, id),
          traffic.sent.reduce((sum, r) => sum + r.total, 0),
        );
        t.diagnostic(
          `${engine}: ${traffic.sent.length} sent, ${traffic.acknowledged.size} acknowledged before kill -9, ${stored.size} stored ` +
            `(${stored.size - traffic.acknowledged.size} committed without an answer), 0 lost; after re-sending: ${all.length} reports, each once`,
        );
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    });
  });
}

describe('urgent-action serve, two instances on one PostgreSQL', () => {
  it('counts 30 identical requests spread over both instances once', async () => {
    const db = await newDatabase('postgres');
    // Started together: the migration runs once, under the migrator's lock.
    const [a, b] = await Promise.all([startServe(['--db', db, ...UNLIMITED]), startServe(['--db', db, ...UNLIMITED])]);
    try {
      const id = freshCase('twins');
      const same = report(id, { actions: [{ type: 'fax', count: 5 }] });
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => post(i % 2 ? a.base : b.base, same)));
      const bodies = await Promise.all(answers.map((answer) => answer.json()));
      assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200]);
      assert.ok(bodies.every((body) => body.total === 5));
      assert.equal(bodies.filter((body) => !body.duplicate).length, 1);
      assert.equal(await totalOf(a.base, id), 5);
      assert.equal(await totalOf(b.base, id), 5);
      assert.equal((await exportOf(b.base, `&case=${id}`)).length, 1);
    } finally {
      for (const instance of [a, b]) instance.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
    }
  });
});

describe('urgent-action serve, stopping', () => {
  it('exits 0 on SIGTERM after closing the database', async () => {
    const serve = await startServe(['--db', await newDatabase('sqlite')]);
    serve.child.kill('SIGTERM');
    assert.equal(await serve.exited, 0);
    assert.match(serve.output(), /SIGTERM, stopping\n.*stopped\n/);
  });
});
