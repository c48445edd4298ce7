import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { recordAction } from '../../src/actions/memory.js';
import { localDate } from '../../src/case/format.js';
import '../../src/define.js';
import type { UrgentActionElement } from '../../src/urgent-action.js';

export const SEED_URL = '/demo/cases/ua-126-19.json';

/**
 * Checks that a pre-rendered seed appeal in `root` reads without script: every person, the officials and their
 * contacts, the greeting and the letter, with working phone links.
 */
export function expectSeedAppealReadable(root: ShadowRoot): void {
  const shown = (root.querySelector('.root') as HTMLElement).innerText.replace(/\s+/g, ' ');
  for (const fact of [
    'Emir-Usein Kuku',
    'Valeriy Georgievich Petrov',
    'Anatoly Antonov',
    '202 298 5700',
    '2650 Wisconsin Ave. NW',
    'Dear Ambassador',
    'Yours sincerely,',
  ]) {
    expect(shown).to.contain(fact);
  }
  expect(root.querySelectorAll('tbody tr').length).to.equal(6);
  expect(root.querySelector('textarea')!.value).to.match(/^I am writing to you/);
  // The seed's officials have no e-mail address: the render command's own test checks e-mail links.
  expect(root.querySelector('a[href^="tel:"]')).to.exist;
}

/**
 * Checks that the pre-rendered seed's share links point nowhere yet: the seed has no link of its own, and the page it
 * goes on was not known when it was rendered (the element gives them the page's address when it takes over).
 */
export function expectShareLinksUnaddressed(root: ShadowRoot): void {
  const shareLinks = [...root.querySelectorAll('[part="share"] a')];
  expect(shareLinks.length).to.equal(3);
  expect(shareLinks.filter((link) => link.hasAttribute('href')).length, 'share links with an address').to.equal(0);
}

/** The seed case as a fresh object, fetched from the test server like any case. */
export async function seedCase(): Promise<Record<string, any>> {
  return (await fetch(SEED_URL)).json();
}

/** Requests the test server has seen with `?id=`. */
export async function requestCount(id: string): Promise<number> {
  return (await (await fetch(`/test-api/requests?id=${id}`)).json()).count;
}

export const SERIES_URL = '/demo/cases/ua-58-24.json';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD, `days` days before today in the reader's calendar. */
export const daysAgo = (days: number) => localDate(new Date(Date.now() - days * DAY_MS));

/**
 * The series demo case (first UA, update, outcome) under a fresh id, its documents dated 3, 2 and 1 days ago; with
 * `actedDaysAgo`, the reader is remembered to have e-mailed about it that many days ago. Recent dates, so the
 * remembered action is one the widget still keeps.
 */
export async function seriesCase({ actedDaysAgo }: { actedDaysAgo?: number } = {}): Promise<Record<string, any>> {
  const data = await (await fetch(SERIES_URL)).json();
  data.id = `series-${crypto.randomUUID()}`;
  data.history = data.history.map((entry: object, i: number, all: object[]) => ({ ...entry, date: daysAgo(all.length - i) }));
  data.issued = daysAgo(1);
  if (actedDaysAgo !== undefined) recordAction(data.id, { type: 'email' }, new Date(Date.now() - actedDaysAgo * DAY_MS));
  return data;
}

/** Renders `<urgent-action src>` and resolves once the case is on screen. */
export async function renderFromSrc(src = SEED_URL): Promise<UrgentActionElement> {
  const el = document.createElement('urgent-action');
  const loaded = oneEvent(el, 'urgent-action-load');
  el.src = src;
  await fixture(html`<div>${el}</div>`);
  await loaded;
  await el.updateComplete;
  return el;
}

/**
 * Runs `attach` (which puts `el` on the page) and resolves with its result once `el` has shown its case
 * (`expected: 'load'`) or reported an error (`'error'`, whose console message is kept out of the test log). The other
 * outcome fails at once, naming what happened: a test of the loaded widget never passes on the error screen.
 */
export async function attachUntil<T>(el: UrgentActionElement, expected: 'load' | 'error', attach: () => Promise<T>): Promise<T> {
  const outcome = new Promise<string>((resolve) => {
    el.addEventListener('urgent-action-load', () => resolve('load'), { once: true });
    el.addEventListener('urgent-action-error', (e) => resolve(`error (${e.detail.reason}: ${e.detail.message})`), { once: true });
  });
  let result!: T;
  const run = async () => {
    result = await attach();
    const got = await outcome;
    if (!got.startsWith(expected)) throw new Error(`expected the widget to ${expected === 'load' ? 'show its case' : 'fail'}, got ${got}`);
    await el.updateComplete;
  };
  if (expected === 'error') await captureConsoleErrors(run);
  else await run();
  return result;
}

/** Renders the element with a case object. */
export async function renderCase(data: unknown, lang?: string): Promise<UrgentActionElement> {
  const el = await fixture<UrgentActionElement>(html`<urgent-action lang=${lang ?? 'en'} .case=${data}></urgent-action>`);
  await el.updateComplete;
  return el;
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 50 ms and resolves with its first truthy value; fails naming `what` after `ms`. */
export async function waitFor<T>(probe: () => T | Promise<T>, what = 'a condition', ms = 8000): Promise<Truthy<T>> {
  for (let waited = 0; waited < ms; waited += 50) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Opens the report dialog with the Report button, as a reader does, and resolves with it once it is open. */
export async function openReport(el: UrgentActionElement): Promise<HTMLDialogElement> {
  $(el, '[part~="report-button"]').click();
  return waitFor(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the report dialog to open');
}

/** Adds a stylesheet to the test page for the duration of `run`. */
export async function withPageStyle<T>(css: string, run: () => Promise<T> | T): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

export function $(el: UrgentActionElement, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$(el: UrgentActionElement, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Visible text of an element, with white space collapsed as a reader perceives it. */
export function text(node: Element): string {
  return (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

/** Runs `action` while collecting what it writes to `console.error`. */
export async function captureConsoleErrors(action: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.error = original;
  }
  return errors;
}

/** Clicks `target` with the real mouse (a trusted click with user activation, which copying needs in Firefox and Safari). */
export async function realClick(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** What a reader gets by pressing Ctrl+V in an empty text field: the system clipboard, read the way every engine allows. */
export async function pasteClipboard(): Promise<string> {
  const pad = document.createElement('textarea');
  document.body.append(pad);
  try {
    pad.focus();
    await executeServerCommand('press-chord', ['Control', 'v']);
    for (let waited = 0; !pad.value && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    return pad.value;
  } finally {
    pad.remove();
  }
}

export type FixtureWindow = Window & { __errors: string[]; __violations: string[] };

/**
 * Loads a page in an iframe `width` px wide and resolves with its window once `widgets` widgets on it have shown
 * their case (0: once the page has loaded).
 */
export async function loadPage(path: string, { width = 800, widgets = 1 } = {}): Promise<FixtureWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.src = path;
  document.body.append(frame);
  for (let waited = 0; waited < 8000; waited += 50) {
    const win = frame.contentWindow as FixtureWindow;
    const shown = [...(win.document?.querySelectorAll<UrgentActionElement>('urgent-action') ?? [])].filter((el) => el.caseData);
    if (win.location.href !== 'about:blank' && win.document.readyState === 'complete' && shown.length >= widgets) {
      await Promise.all(shown.map((el) => el.updateComplete));
      return win;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} never showed ${widgets} widget(s)`);
}
