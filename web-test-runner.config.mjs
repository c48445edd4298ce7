import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { countReporter } from './scripts/count-reporter.mjs';
import { fixturesMiddleware } from './test/server/fixtures-middleware.mjs';
import { prerenderMiddleware } from './test/server/prerender-middleware.mjs';
import { reportsMiddleware } from './test/server/reports-middleware.mjs';

const port = Number(process.env.WTR_PORT ?? 8765);
/** Engines to run, comma-separated (`WTR_ENGINES=firefox` for a quick run in one). */
const engines = (process.env.WTR_ENGINES ?? 'chromium,firefox,webkit').split(',');

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

/** Debian's WebKitWebDriver driving MiniBrowser; `scripts/test.mjs` starts the driver and an Xvfb display for it. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

/**
 * `executeServerCommand('press-chord', ['Control', 'v'])` presses keys together, as a person does: the stock
 * `sendKeys` can't hold a modifier under WebDriver. Tests paste what the widget copied this way.
 */
const pressChordPlugin = {
  name: 'press-chord',
  async executeCommand({ command, payload, session }) {
    if (command !== 'press-chord') return undefined;
    if (session.browser.type === 'webdriver') {
      // webdriverio's `keys` presses every key of the list, then releases them all.
      await session.browser.sendKeys(session.id, payload);
      return true;
    }
    const { keyboard } = session.browser.getPage(session.id);
    for (const key of payload) await keyboard.down(key);
    for (const key of [...payload].reverse()) await keyboard.up(key);
    return true;
  },
};

const launchers = {
  chromium: () =>
    chromeLauncher({
      // Handing it puppeteer names the launcher "Chromium" (it says "Chrome" otherwise).
      puppeteer: puppeteerCore,
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS },
      // Every page keeps focus as if it were the only window: once a test has typed with sendKeys, later pages would
      // otherwise open unfocused, and the Clipboard API refuses to write for an unfocused document.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  // puppeteer-core 24 drives Firefox over WebDriver BiDi.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () =>
    new WebKitLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // This WebKitWebDriver rejects the BiDi capability webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  port,
  rootDir: '.',
  // One page at a time per engine: parallel headless tabs get no animation frames, which fixtures wait for.
  concurrency: 1,
  // Generous: three engines share two cores, and WebKit under Xvfb is the slowest.
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), pressChordPlugin],
  middleware: [reportsMiddleware, fixturesMiddleware, prerenderMiddleware],
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNTS ?? '.cache/test-counts.json')],
  browsers: engines.map((engine) => {
    if (!launchers[engine]) throw new Error(`WTR_ENGINES: unknown engine "${engine}" (chromium, firefox, webkit)`);
    return launchers[engine]();
  }),
};
