import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/count-reporter.mjs';
import { fixturesMiddleware } from './test/server/fixtures-middleware.mjs';

const port = Number(process.env.WTR_PORT ?? 8765);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Test files run in parallel tabs: keep background tabs painting, or animation frames never come.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  port,
  rootDir: '.',
  // One page at a time: parallel headless tabs get no animation frames, which fixtures wait for.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  middleware: [fixturesMiddleware],
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNTS ?? '.cache/test-counts.json')],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS },
      async createBrowserContext({ browser, config }) {
        const context = browser.defaultBrowserContext();
        // The copy tests read the clipboard back.
        await context.overridePermissions(`http://localhost:${config.port}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
        return context;
      },
      // Every page keeps focus as if it were the only window: once a test has typed with sendKeys, later pages would
      // otherwise open unfocused, and the Clipboard API refuses to write for an unfocused document.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};
