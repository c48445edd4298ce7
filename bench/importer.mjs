/**
 * `npm run bench:importer`: how long the importer takes on the inputs that once made it hang (each finding's piece
 * through the function that was slow, and the same as a whole document), on the project's own documents, and on
 * random and adversarial text up to 100 KB. Prints one row per input (median of the runs) and the slowest document.
 * Options: `--runs N` (default 5), `--random N` random documents (default 40), `--no-build`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { findings } from '../test/fixtures/importer/hostile-inputs.mjs';
import { hostileText } from '../test/fixtures/importer/hostile-text.mjs';
import { referenceText } from '../test/server/reference.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const RUNS = option('--runs', 5);
const RANDOM = option('--random', 40);
if (!argv.includes('--no-build')) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

const { importUrgentAction } = await import('../lib/importer/index.js');
const { isContactLine, phoneNumbers, HIDDEN_EMAIL } = await import('../lib/importer/contacts.js');
const { parseTitleLine } = await import('../lib/importer/heading.js');
const { mergePeople, roleMentions, sentenceMentions } = await import('../lib/importer/people.js');
const { cleanLines } = await import('../lib/importer/text.js');

/** Median milliseconds of `run` over RUNS runs. */
function time(run) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const pieces = {
  ONLY_EMAILS: (piece) => isContactLine(piece),
  ONLY_EMAILS_REALISTIC: (piece) => isContactLine(piece),
  TITLE_LINE: (piece) => parseTitleLine(cleanLines(piece)),
  HIDDEN_EMAIL: (piece) => piece.replace(HIDDEN_EMAIL, ''),
  SENTENCE_CLAUSE: (piece) => sentenceMentions(piece),
  phoneNumbers: (piece) => phoneNumbers(piece),
  mergePeople: (piece) => {
    const text = piece.join(' ');
    return mergePeople([...roleMentions(text), ...sentenceMentions(text)], text);
  },
};

const rows = [];
for (const [name, { piece, document }] of Object.entries(findings)) {
  const size = typeof piece === 'string' ? piece.length : piece.join(' ').length;
  rows.push({ input: `${name}: piece`, kb: size / 1024, ms: time(() => pieces[name](piece)), document: false });
  rows.push({ input: `${name}: document`, kb: document.length / 1024, ms: time(() => importUrgentAction(document)), document: true });
}
for (const file of readdirSync('test/fixtures/ua-text').filter((name) => name.endsWith('.txt'))) {
  const text = readFileSync(`test/fixtures/ua-text/${file}`, 'utf8');
  rows.push({ input: file, kb: text.length / 1024, ms: time(() => importUrgentAction(text)), document: true });
}
if (referenceText) {
  const text = readFileSync(referenceText, 'utf8');
  rows.push({ input: 'reference (UA 126.19)', kb: text.length / 1024, ms: time(() => importUrgentAction(text)), document: true });
}
const random = fc.sample(hostileText(100 * 1024), { numRuns: RANDOM, seed: 17 });
const randomTimes = random.map((text) => ({ kb: text.length / 1024, ms: time(() => importUrgentAction(text)) }));
const worstRandom = randomTimes.reduce((a, b) => (b.ms > a.ms ? b : a));
rows.push({ input: `random/adversarial (slowest of ${RANDOM})`, kb: worstRandom.kb, ms: worstRandom.ms, document: true });

const width = Math.max(...rows.map((row) => row.input.length));
console.log(`${'input'.padEnd(width)}  ${'KB'.padStart(7)}  ${'ms (median)'.padStart(12)}`);
for (const row of rows) console.log(`${row.input.padEnd(width)}  ${row.kb.toFixed(1).padStart(7)}  ${row.ms.toFixed(1).padStart(12)}`);
const slowest = rows.filter((row) => row.document).reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`\nSlowest document: ${slowest.input}, ${slowest.kb.toFixed(1)} KB, ${slowest.ms.toFixed(1)} ms (goal: under 1,000 ms)`);
