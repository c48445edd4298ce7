/**
 * `npm run bench`: how much the widget costs a reader on a slow phone, measured in Debian's Chromium at 4× CPU
 * throttling against the same content as static HTML. Prints one table; talks only to its own localhost server and
 * stops it (and the browser) when done. Options: `--runs N` (default 9), `--no-build`, `--case NAME` (one case only).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { renderEmbed } from '../bin/render.js';
import { startServer } from '../tooling/serve.mjs';
import { largeCase, socialCase } from './large-case.mjs';
import { benchPage, instrumentInput, instrumentPage, serialiseShadowRoot } from './pages.mjs';

const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) || 9;
const PORT = Number(process.env.BENCH_PORT ?? 9117);
const THROTTLE = 4;
const VIEWPORT = { width: 412, height: 915 };
const KEYSTROKES = 30;
const SWITCHES = 10;
const COPIES = 10;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

if (!argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const seed = JSON.parse(readFileSync('demo/cases/ua-126-19.json', 'utf8'));
const CASES = {
  seed: { label: `seed (${seed.people.length} people, ${seed.targets.length} targets)`, data: seed, target: 1.5 },
  large: { label: 'large (240 people, 80 targets)', data: largeCase(seed), target: 2 },
  social: { label: 'social (100 targets, emoji and CJK posts)', data: socialCase(seed), target: 2 },
};
const only = argv.includes('--case') ? argv[argv.indexOf('--case') + 1] : undefined;
if (only && !CASES[only]) throw new Error(`--case: unknown case "${only}" (${Object.keys(CASES).join(', ')})`);
const twins = {};

const json = (res, body) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(JSON.stringify(body));
};
const htmlPage = (res, body) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(body);
};
const prerendered = {};
/** `/bench/cases/<name>.json`, `/bench/widget/<name>`, `/bench/prerendered/<name>`, `/bench/static/<name>`. */
function benchRoute(req, res, url) {
  const [, area, kind, name] = url.pathname.split('/');
  if (area !== 'bench') return false;
  if (kind === 'cases') {
    const found = CASES[name.replace(/\.json$/, '')];
    return found ? (json(res, found.data), true) : false;
  }
  if (!CASES[name]) return false;
  if (kind === 'widget') return (htmlPage(res, benchPage({ title: name, body: `/bench/cases/${name}.json`, script: true })), true);
  if (kind === 'static' && twins[name]) return (htmlPage(res, benchPage({ title: name, body: twins[name] })), true);
  if (kind === 'prerendered') return (htmlPage(res, benchPage({ title: name, snippet: prerendered[name] })), true);
  return false;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startServer({ port: PORT, routes: [benchRoute] });
const origin = `http://127.0.0.1:${PORT}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
// Nothing may leave localhost.
const localOnly = (request) =>
  new URL(request.url()).origin === origin || request.url().startsWith('data:') ? request.continue() : request.abort();

/** A fresh profile (empty cache), throttled, with the page instrumented before its own code runs. */
async function openPage(path, { throttle = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setRequestInterception(true);
  page.on('request', localOnly);
  page.on('pageerror', (error) => console.error(`page error in ${path}: ${error.message}`));
  await page.setViewport(VIEWPORT);
  if (throttle) await page.emulateCPUThrottling(THROTTLE);
  await page.evaluateOnNewDocument(instrumentPage);
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.content > 0, { timeout: 30_000 });
  return { page, close: () => context.close() };
}

/**
 * Loads a page once and reads its figures, after the page has had time to settle (for layout shifts): a page with
 * the script, once the element shows its own render of the case (after the take-over of a pre-rendered one).
 */
async function measureLoad(path) {
  const { page, close } = await openPage(path);
  await page.waitForFunction(() => !document.querySelector('script[type="module"]') || document.querySelector('urgent-action').caseData, {
    timeout: 30_000,
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const figures = await page.evaluate(() => ({ ...window.__bench }));
  await close();
  return figures;
}

/** Milliseconds per keystroke in the letter, per change of addressee and per copy on a card, on a loaded widget. */
async function measureInput(name) {
  const { page, close } = await openPage(`/bench/widget/${name}`);
  await page.evaluate(instrumentInput);
  const waitSamples = (count) => page.waitForFunction((n) => window.__input.length >= n, { timeout: 10_000 }, count);
  await page.evaluate(() => {
    const textarea = document.querySelector('urgent-action').shadowRoot.querySelector('textarea');
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  });
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(i % 6 === 5 ? ' ' : 'abcdefghij'[i % 10]);
    await waitSamples(i + 1);
  }
  const typing = await page.evaluate(() => window.__input.splice(0));
  await page.evaluate(() => document.querySelector('urgent-action').shadowRoot.querySelector('select').focus());
  for (let i = 0; i < SWITCHES; i++) {
    await page.keyboard.press(CASES[name].data.targets.length > SWITCHES || i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    await waitSamples(i + 1);
  }
  const switching = await page.evaluate(() => window.__input.splice(0));
  const typed = await page.evaluate(() => document.querySelector('urgent-action').letterText.includes('abcde'));
  const copying = [];
  for (let i = 0; i < COPIES; i++) copying.push(await page.evaluate(timeCardCopy));
  await close();
  if (!typed) throw new Error('the typed text did not reach the letter');
  return { typing: median(typing), switching: median(switching), copying: median(copying) };
}

/**
 * Runs in a loaded widget page: clicks the first card's first Copy button and times it until the card's notice, which
 * the copy first clears, says so again and the page is laid out.
 */
async function timeCardCopy() {
  const el = document.querySelector('urgent-action');
  const card = el.shadowRoot.querySelector('[part="target"]');
  const notice = card.querySelector('.notice');
  const began = performance.now();
  card.querySelector('.link-button').click();
  let cleared = false;
  while (performance.now() - began < 10_000) {
    await el.updateComplete;
    if (!notice.textContent.trim()) cleared = true;
    else if (cleared) break;
    await new Promise((resolve) => setTimeout(resolve));
  }
  notice.getBoundingClientRect();
  return performance.now() - began;
}

const results = {};
const started = Date.now();
const version = await browser.version();
try {
  for (const name of Object.keys(CASES).filter((name) => !only || name === only)) {
    prerendered[name] = await renderEmbed(CASES[name].data, { src: `/bench/cases/${name}.json`, script: '/dist/urgent-action.js' });
    // The static twin: the widget rendered once, unthrottled, its shadow root written out as HTML.
    const { page, close } = await openPage(`/bench/widget/${name}`, { throttle: false });
    twins[name] = await page.evaluate(serialiseShadowRoot);
    await close();

    const kinds = ['widget', 'prerendered', 'static'];
    const runs = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (const kind of kinds) await measureLoad(`/bench/${kind}/${name}`); // warm-up: the server's and the OS's caches
    for (let i = 0; i < RUNS; i++) {
      for (const kind of i % 2 ? [...kinds].reverse() : kinds) runs[kind].push(await measureLoad(`/bench/${kind}/${name}`));
    }
    const of = (kind, key) => runs[kind].map((run) => run[key]);
    // The ratio is the median of each run's pair (embed and twin loaded back to back), so a minute in which the shared
    // machine is busier slows both sides of a ratio rather than one side of the medians.
    const pairRatio = (kind, key) => median(runs[kind].map((run, i) => run[key] / runs.static[i][key]));
    const summary = (kind, key) => ({ widget: median(of(kind, key)), static: median(of('static', key)), ratio: pairRatio(kind, key) });
    results[name] = {
      content: summary('widget', 'content'),
      lcp: summary('widget', 'lcp'),
      prerendered: summary('prerendered', 'content'),
      cls: { widget: Math.max(...of('widget', 'cls')), static: Math.max(...of('static', 'cls')) },
      takeover: Math.max(...of('prerendered', 'cls')),
      input: await measureInput(name),
    };
    process.stderr.write(`${name}: done\n`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}

const ms = (value) => `${Math.round(value)} ms`;
const ok = (pass) => (pass ? 'ok' : 'MISSED');
const rows = [['', 'widget', 'static twin', 'ratio', 'target', '']];
for (const [name, r] of Object.entries(results)) {
  const { label, target } = CASES[name];
  const { ratio } = r.content;
  rows.push([
    `${label}: time to content`,
    ms(r.content.widget),
    ms(r.content.static),
    `${ratio.toFixed(2)}×`,
    `≤ ${target}×`,
    ok(ratio <= target),
  ]);
  const pre = r.prerendered.ratio;
  rows.push([
    `${label}: time to content, pre-rendered`,
    ms(r.prerendered.widget),
    ms(r.prerendered.static),
    `${pre.toFixed(2)}×`,
    '≤ 1.15×',
    ok(pre <= 1.15),
  ]);
  rows.push([`${label}: layout shift at take-over (worst run)`, r.takeover.toFixed(3), '', '', '≤ 0.01', ok(r.takeover <= 0.01)]);
  rows.push([`${label}: largest contentful paint`, ms(r.lcp.widget), ms(r.lcp.static), `${r.lcp.ratio.toFixed(2)}×`, '', '']);
  rows.push([
    `${label}: layout shift (worst run)`,
    r.cls.widget.toFixed(3),
    r.cls.static.toFixed(3),
    '',
    '≤ 0.01',
    ok(Math.max(r.cls.widget, r.cls.static) <= 0.01),
  ]);
  rows.push([`${label}: keystroke in the letter`, ms(r.input.typing), '', '', '< 16 ms', ok(r.input.typing < 16)]);
  rows.push([`${label}: switching addressee`, ms(r.input.switching), '', '', '< 16 ms', ok(r.input.switching < 16)]);
  rows.push([`${label}: copy on a card`, ms(r.input.copying), '', '', '< 100 ms', ok(r.input.copying < 100)]);
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(
  `\n${version.replace('/', ' ')}, ${THROTTLE}× CPU throttling, ${VIEWPORT.width}×${VIEWPORT.height} viewport, median of ${RUNS} runs each ` +
    `(alternating; a ratio is the median of the runs' widget/twin pairs); ${os.cpus()[0]?.model.trim()} × ${os.cpus().length}, ${Math.round((Date.now() - started) / 1000)} s\n`,
);
console.log(line(rows[0]));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of rows.slice(1)) console.log(line(row));
