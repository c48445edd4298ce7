import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { LAUNCHERS, enginesFromEnv, firefoxPreferring } from './test/support/browsers.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { pressChordPlugin } from './test/support/press-chord-plugin.mjs';
import { VISUAL, visualOptions } from './test/support/visual.mjs';
import { fixturesMiddleware } from './test/server/fixtures-middleware.mjs';
import { prerenderMiddleware } from './test/server/prerender-middleware.mjs';
import { reportsMiddleware } from './test/server/reports-middleware.mjs';

const engines = enginesFromEnv();
// One instance per engine, shared by the groups: each browser starts once.
const browsers = Object.fromEntries(engines.map((engine) => [engine, LAUNCHERS[engine]()]));

/** Tests of the reader's media preferences: Chromium emulates them, Firefox is launched with them. */
const PREFERENCES = 'test/preferences.test.ts';

/** Files named on the command line (`--files`) run alone, in the engines of WTR_ENGINES, without the groups. */
const groups = process.argv.includes('--files')
  ? []
  : [
      {
        name: 'preferences',
        files: PREFERENCES,
        browsers: engines.map((engine) => (engine === 'firefox' ? firefoxPreferring() : browsers[engine])),
      },
      // Screenshots compare against baselines taken in one engine: Chromium, with Debian's DejaVu fonts.
      ...(browsers.chromium ? [{ name: 'visual', files: VISUAL.files, browsers: [browsers.chromium] }] : []),
    ];

export default {
  files: ['test/**/*.test.ts', `!${PREFERENCES}`, `!${VISUAL.files}`],
  groups,
  nodeResolve: { exportConditions: ['development'] },
  port: Number(process.env.WTR_PORT ?? 8765),
  rootDir: '.',
  // One page at a time per engine: parallel headless tabs get no animation frames, which fixtures wait for.
  concurrency: 1,
  // Generous: three engines share two cores, and WebKit under Xvfb is the slowest.
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    pressChordPlugin,
    visualRegressionPlugin(visualOptions({ update: process.argv.includes('--update-visual-baseline') })),
  ],
  middleware: [reportsMiddleware, fixturesMiddleware, prerenderMiddleware],
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNTS ?? '.cache/test-counts.json')],
  browsers: Object.values(browsers),
};
