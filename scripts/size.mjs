/** Sizes of the script-tag bundle: raw, gzip and brotli, against the gzip budget. */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const BUNDLE = 'dist/urgent-action.js';
export const GZIP_BUDGET = 20_000;

export function bundleSizes(file = BUNDLE) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Prints the sizes; returns whether the bundle is within budget. */
export function reportBundleSize(file = BUNDLE) {
  const { raw, gzip, brotli } = bundleSizes(file);
  const within = gzip <= GZIP_BUDGET;
  const n = (bytes) => bytes.toLocaleString('en');
  console.log(
    `${file}: ${n(raw)} B raw, ${n(gzip)} B gzip, ${n(brotli)} B brotli ` +
      `(budget ${n(GZIP_BUDGET)} B gzip: ${within ? 'within' : `OVER by ${n(gzip - GZIP_BUDGET)} B`})`,
  );
  return within;
}
