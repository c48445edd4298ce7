/**
 * What the script-tag build costs a reader, read from the real module graph in dist/: the critical path (the entry,
 * its static imports, and the chunks the entry imports at once, with theirs: everything an English appeal waits
 * for) against the limit CI enforces and the goal, then the all-in total and each file. Run on its own
 * (`node scripts/size.mjs`, as `npm test` does, counting it as one test), it fails when the critical path is over.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const ENTRY = 'urgent-action.js';
/** The goal: what a reader downloads before an English appeal shows. */
export const GZIP_GOAL = 16_000;
/** What CI enforces on the critical path. Raising it is a decision that its commit message explains. */
export const GZIP_LIMIT = 20_000;

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g;

/** Each file of the build and the files it imports, statically or with `import()`. */
export function moduleGraph(dir = 'dist') {
  const graph = new Map();
  for (const file of readdirSync(dir).filter((name) => /^urgent-action.*\.js$/.test(name))) {
    const code = readFileSync(join(dir, file));
    const text = code.toString('utf8');
    const names = (pattern) => [...text.matchAll(pattern)].map((match) => match[1].slice(2));
    graph.set(file, { code, static: names(STATIC_IMPORT), dynamic: names(DYNAMIC_IMPORT) });
  }
  return graph;
}

/**
 * The entry with its static imports, then what the entry itself imports with `import()` (it has no other job than
 * to start the element), each with its static imports. Chunks imported further down (languages, the report dialog,
 * print) load on demand and are not counted.
 */
export function criticalPath(graph) {
  const found = new Set();
  const add = (file) => {
    if (found.has(file) || !graph.has(file)) return;
    found.add(file);
    for (const next of graph.get(file).static) add(next);
  };
  add(ENTRY);
  for (const next of graph.get(ENTRY)?.dynamic ?? []) add(next);
  return [...found];
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Prints the critical path, the all-in total and each file; returns whether the critical path is within the limit. */
export function reportBundleSize(dir = 'dist') {
  const graph = moduleGraph(dir);
  if (!graph.has(ENTRY)) throw new Error(`${dir}/${ENTRY} is missing: run npm run build`);
  const critical = criticalPath(graph);
  const n = (bytes) => bytes.toLocaleString('en');
  const sum = (files, size) => files.reduce((total, file) => total + size(graph.get(file).code), 0);
  const criticalGzip = sum(critical, gzip);
  const versus = (bytes) => (criticalGzip <= bytes ? `under by ${n(bytes - criticalGzip)} B` : `OVER by ${n(criticalGzip - bytes)} B`);
  console.log(
    `Before an English appeal shows (${critical.join(' + ')}): ${n(criticalGzip)} B gzip, ${n(sum(critical, brotli))} B brotli ` +
      `(limit ${n(GZIP_LIMIT)} B: ${versus(GZIP_LIMIT)}; goal ${n(GZIP_GOAL)} B: ${versus(GZIP_GOAL)})`,
  );
  const all = [...graph.keys()];
  console.log(`All files: ${n(sum(all, (code) => code.length))} B raw, ${n(sum(all, gzip))} B gzip, in ${all.length} files:`);
  for (const file of all.sort((a, b) => Number(critical.includes(b)) - Number(critical.includes(a)) || a.localeCompare(b))) {
    const { code } = graph.get(file);
    console.log(`  ${critical.includes(file) ? '*' : ' '} ${file}: ${n(code.length)} B raw, ${n(gzip(code))} B gzip`);
  }
  console.log('  (* on the critical path; the others load when a page needs them)');
  return criticalGzip <= GZIP_LIMIT;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!reportBundleSize()) {
    console.error(`What an English appeal waits for is over the ${GZIP_LIMIT.toLocaleString('en')} B gzip limit (scripts/size.mjs).`);
    process.exitCode = 1;
  }
}
