/** `npm run size`: prints the script-tag bundle's sizes and fails when it is over the gzip limit. */
import { BUNDLE, GZIP_LIMIT, reportBundleSize } from '../tooling/bundle-size.mjs';

if (!reportBundleSize()) {
  console.error(`${BUNDLE} is over the ${GZIP_LIMIT.toLocaleString('en')} B gzip limit (tooling/bundle-size.mjs).`);
  process.exitCode = 1;
}
