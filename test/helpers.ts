import { fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { UrgentActionElement } from '../src/urgent-action.js';

export const SEED_URL = '/demo/cases/ua-126-19.json';

/** The seed case as a fresh object, fetched from the test server like any case. */
export async function seedCase(): Promise<Record<string, any>> {
  return (await fetch(SEED_URL)).json();
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

/** Renders the element with a case object. */
export async function renderCase(data: unknown, lang?: string): Promise<UrgentActionElement> {
  const el = await fixture<UrgentActionElement>(html`<urgent-action lang=${lang ?? 'en'} .case=${data}></urgent-action>`);
  await el.updateComplete;
  return el;
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

export type FixtureWindow = Window & { __errors: string[] };

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
