/**
 * The three engines the browser tests run in, all from Debian packages: Chromium and Firefox ESR through
 * puppeteer-core, WebKit through WebKitWebDriver. `WTR_ENGINES` (comma-separated) picks some; all three by default.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebKitLauncher } from './webkit-launcher.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The name each engine's sessions report under (the count reporter groups by it). */
export const BROWSER_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The Firefox that prefers a dark scheme and reduced motion from launch: media it cannot emulate on demand. */
export const FIREFOX_PREFERRING = 'Firefox (prefers dark, reduced motion)';

export function enginesFromEnv(env = process.env) {
  const engines = (env.WTR_ENGINES || ENGINES.join(',')).split(',').map((engine) => engine.trim());
  for (const engine of engines) {
    if (!ENGINES.includes(engine)) throw new Error(`WTR_ENGINES: unknown engine "${engine}" (${ENGINES.join(', ')})`);
  }
  return engines;
}

const CHROMIUM = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = () => process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each engine needs on this machine: executables (a bare name is looked up on PATH). */
const NEEDS = {
  chromium: () => [CHROMIUM()],
  firefox: () => [FIREFOX()],
  webkit: () => ['WebKitWebDriver', 'Xvfb', MINIBROWSER()],
};

/** The executables the given engines need that this machine lacks. */
export function missingExecutables(engines) {
  const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
  return engines.flatMap((engine) => NEEDS[engine]()).filter((file) => (file.includes('/') ? !existsSync(file) : !onPath(file)));
}

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

export function chromium() {
  return chromeLauncher({
    // Handing it puppeteer names the launcher "Chromium" (it says "Chrome" otherwise).
    puppeteer: puppeteerCore,
    launchOptions: { executablePath: CHROMIUM(), headless: true, args: CHROMIUM_ARGS },
    // Every page keeps focus as if it were the only window: once a test has typed with sendKeys, later pages would
    // otherwise open unfocused, and the Clipboard API refuses to write for an unfocused document.
    async createPage({ context }) {
      const page = await context.newPage();
      const session = await page.createCDPSession();
      await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return page;
    },
  });
}

/** puppeteer-core 24 drives Firefox over WebDriver BiDi; `prefs` are Firefox preferences set at launch. */
export function firefox(prefs = {}) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX(), headless: true, extraPrefsFirefox: prefs },
  });
}

export function firefoxPreferring() {
  const launcher = firefox({
    // 0: dark. Pages see `prefers-color-scheme: dark` whatever the system says.
    'layout.css.prefers-color-scheme.content-override': 0,
    'ui.prefersReducedMotion': 1,
  });
  launcher.name = FIREFOX_PREFERRING;
  return launcher;
}

export function webkit() {
  return new WebKitLauncher(MINIBROWSER());
}

export const LAUNCHERS = { chromium, firefox, webkit };
