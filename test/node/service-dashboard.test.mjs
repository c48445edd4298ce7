/**
 * The dashboard at /admin/ in a real browser (Debian's Chromium through puppeteer-core): closed without the token,
 * and with it, what an organisation reads for each case: totals, by type, target and partner site, and the chart.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { ADMIN_TOKEN, newDatabase, post, report, startService, stopEngines } from './service-helpers.mjs';

describe('dashboard at /admin/', { timeout: 120_000 }, () => {
  let running;
  let browser;
  let now = new Date('2026-03-01T10:00:00Z');
  before(async () => {
    running = await startService(await newDatabase('sqlite'), { now: () => now });
    const send = (changes) => post(running.base, report('ua-126-19', changes));
    await send({ origin: 'https://amnesty.example', actions: [{ type: 'email', target: 'Valeriy Georgievich Petrov', count: 2 }] });
    now = new Date('2026-03-03T09:00:00Z');
    await send({
      origin: 'https://blog.example',
      actions: [
        { type: 'postal mail', target: 'Anatoly Antonov', count: 1 },
        { type: 'phone', count: 4 },
      ],
    });
    await send({ origin: 'https://amnesty.example', actions: [{ type: 'fax', target: 'Anatoly Antonov', count: 1 }] });
    await post(running.base, report('ua-other', { actions: [{ type: 'social', count: 1 }] }));
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      protocolTimeout: 30_000,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
    stopEngines();
  });

  it('is closed without the token: a wrong password at the browser’s prompt is refused', async () => {
    const page = await browser.newPage();
    // The browser's login prompt, answered with a wrong password (puppeteer answers it once, then gives up).
    await page.authenticate({ username: 'admin', password: 'not the token' });
    const response = await page.goto(`${running.base}/admin/`, { timeout: 20_000 });
    assert.equal(response.status(), 401);
    const shown = await page.evaluate(() => document.body.innerText);
    assert.match(shown, /admin token is missing or wrong/);
    assert.doesNotMatch(shown, /ua-126-19/);
    await page.close();
  });

  it('shows each case’s totals by type, target and partner site, and actions per day', async () => {
    const page = await browser.newPage();
    await page.authenticate({ username: 'admin', password: ADMIN_TOKEN });
    const response = await page.goto(`${running.base}/admin/`, { timeout: 20_000 });
    assert.equal(response.status(), 200);
    const read = () =>
      page.evaluate(() => ({
        cases: [...document.querySelectorAll('nav li')].map((li) => li.innerText),
        current: document.querySelector('nav [aria-current="page"]')?.textContent,
        heading: document.querySelector('h2')?.textContent,
        total: document.querySelector('.total')?.innerText,
        tables: Object.fromEntries(
          [...document.querySelectorAll('table')].map((table) => [
            table.caption.textContent,
            [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent).join(': ')),
          ]),
        ),
        chart: document.querySelector('svg[role="img"] > title')?.textContent,
        bars: [...document.querySelectorAll('svg .bars rect')].map((rect) => [
          rect.querySelector('title').textContent,
          rect.getBoundingClientRect().height > 0,
        ]),
      }));
    const main = await read();
    assert.deepEqual(main.cases, ['ua-126-19 (8)', 'ua-other (1)']);
    assert.equal(main.current, 'ua-126-19');
    assert.equal(main.heading, 'ua-126-19');
    assert.equal(main.total, '8 actions in 3 reports');
    assert.deepEqual(main.tables, {
      'By action type': ['Calls: 4', 'E-mails: 2', 'Faxes: 1', 'Letters: 1'],
      'By target': ['Not named (added by hand): 4', 'Anatoly Antonov: 2', 'Valeriy Georgievich Petrov: 2'],
      'By partner site': ['https://blog.example: 5', 'https://amnesty.example: 3'],
    });
    assert.equal(main.chart, 'Actions per day, 2026-03-01 to 2026-03-03 (UTC); most in one day: 6');
    assert.deepEqual(main.bars, [
      ['2026-03-01: 2', true],
      ['2026-03-02: 0', false],
      ['2026-03-03: 6', true],
    ]);

    await Promise.all([page.waitForNavigation(), page.click('nav a[href*="ua-other"]')]);
    const other = await read();
    assert.equal(other.current, 'ua-other');
    assert.equal(other.total, '1 action in 1 report');
    assert.deepEqual(other.tables['By action type'], ['Social posts: 1']);
    await page.close();
  });
});
