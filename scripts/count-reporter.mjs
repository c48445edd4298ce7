/**
 * A @web/test-runner reporter that writes the counts of passed, failed and skipped tests per browser to a JSON
 * file, for `scripts/test.mjs` to print the closing line CI reads.
 */
import { writeFileSync } from 'node:fs';

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const counts = (byBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        const walk = (suite) => {
          for (const test of suite.tests) {
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else counts.failed++;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)) {
          counts.failed++;
        }
      }
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
