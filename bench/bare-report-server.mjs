/**
 * The yardstick for `npm run bench:service`: a bare node:http handler doing the least a report endpoint can do
 * (read the body, parse the JSON, add to a total in memory, answer `{ total }`), with no validation and no storage.
 * Prints "listening on http://…" like `urgent-action serve`.
 */
import { createServer } from 'node:http';

const totals = new Map();
const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const total = (totals.get(report.case) ?? 0) + report.total;
  totals.set(report.case, total);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ total }));
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
