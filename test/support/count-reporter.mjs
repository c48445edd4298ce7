/**
 * A @web/test-runner reporter that writes, per browser, the counts of passed, failed and skipped tests to a JSON file
 * for `npm test` to add up. A test file that fails to load, throws outside a test or registers no test at all counts as
 * one failure: an empty file would otherwise pass unnoticed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const counts = (byBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        let tests = 0;
        const walk = (suite) => {
          for (const test of suite.tests) {
            tests++;
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else counts.failed++;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        if (tests === 0) console.error(`${session.browser.name}: ${relative('.', session.testFile)} registered no tests`);
        if (tests === 0 || (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
