/** `npm run size`: prints what the script-tag build costs a reader and fails when the critical path is over the limit. */
import { GZIP_LIMIT, reportBundleSize } from '../tooling/bundle-size.mjs';

if (!reportBundleSize()) {
  console.error(`What an English appeal waits for is over the ${GZIP_LIMIT.toLocaleString('en')} B gzip limit (tooling/bundle-size.mjs).`);
  process.exitCode = 1;
}
