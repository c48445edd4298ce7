import { expect } from '@open-wc/testing';
import { hasEnded } from '../src/case/format.js';
import { parseCase } from '../src/case/parse.js';
import { LINK_SCHEMES, safeUrl } from '../src/urls.js';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { captureConsoleErrors, renderCase, seedCase, waitFor } from './support/helpers.js';
import { BIDI, CORPUS, executed, widgetUrls } from './support/hostile-strings.js';

const CONTROLS = ['control-img', 'control-srcdoc'];

/**
 * Puts markup that does run on the page, as a widget that let a payload through would have, and waits until it has
 * run: an image's error and an iframe's script, the payloads that run some time after they are put in. A payload the
 * widget had let through before would have run by then. The controls are then taken off the list of what ran.
 */
async function controlsRan(): Promise<void> {
  const controls = document.createElement('div');
  controls.innerHTML = '<img src=x onerror=__xss("control-img")><iframe srcdoc="<script>parent.__xss(`control-srcdoc`)</script>"></iframe>';
  document.body.append(controls);
  try {
    await waitFor(() => CONTROLS.every((tag) => executed.includes(tag)), 'the control markup to run');
  } finally {
    controls.remove();
    executed.splice(0, executed.length, ...executed.filter((tag) => !CONTROLS.includes(tag)));
  }
}

/** The seed case with every optional field filled, so the corpus reaches every field the schema has. */
async function fullCase(): Promise<Record<string, any>> {
  const c = await seedCase();
  Object.assign(c, {
    issued: '2019-12-01',
    // A year from now: a past deadline would end the appeal, and the corpus would no longer reach the actions.
    deadline: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10),
    link: 'https://example.org/ua-126-19',
    outcome: 'An outcome.',
    background: ['Some background.'],
  });
  Object.assign(c.people[0], { aliases: ['Alias'], pronouns: 'he/him' });
  c.people[1].sentence.text = 'and a fine';
  Object.assign(c.targets[1], { email: ['embassy@example.org'], language: 'ru', notes: ['A note.'] });
  c.letter.subject = 'A subject';
  Object.assign(c.report, { url: 'https://example.org/report', privacyUrl: '/privacy', fields: ['name'] });
  const parsed = parseCase(c);
  expect(parsed.ok, 'the full case is valid').to.be.true;
  expect(parsed.ok && hasEnded(parsed.value), 'the full case has ended: the corpus would miss the actions').to.be.false;
  return c;
}

/** Puts `payload` in every string of `data` (keys and enums included); fields whose format rejects it keep the seed value. */
function poison(data: Record<string, any>, payload: string): { poisoned: Record<string, any>; accepted: number } {
  const poisoned = structuredClone(data);
  const paths: Array<Array<string | number>> = [];
  const walk = (node: any, path: Array<string | number>) => {
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, Array.isArray(node) ? Number(key) : key];
      if (typeof value === 'string') paths.push(at);
      else if (value && typeof value === 'object') walk(value, at);
    }
  };
  walk(poisoned, []);
  const set = (path: Array<string | number>, value: unknown) => {
    const parent = path.slice(0, -1).reduce((node: any, key) => node[key], poisoned);
    parent[path.at(-1)!] = value;
  };
  for (const path of paths) set(path, payload);
  // Restore the fields that reject it, until the case is valid.
  for (let round = 0; round < 10; round++) {
    const result = parseCase(poisoned);
    if (result.ok) break;
    for (const issue of result.issues) {
      const path = paths.find((p) => p.join('.') === issue.path) ?? paths.find((p) => p.join('.').startsWith(`${issue.path}.`));
      const restoring = path ?? issue.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      set(
        restoring,
        restoring.reduce((node: any, key) => node?.[key], data),
      );
    }
  }
  expect(parseCase(poisoned).ok, `the case with ${JSON.stringify(payload)} can be made valid`).to.be.true;
  const accepted = paths.filter((p) => p.reduce((node: any, key) => node[key], poisoned) === payload).length;
  return { poisoned, accepted };
}

/** Tag and attribute names in the widget's shadow tree. */
function shape(el: UrgentActionElement): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    tags.add(node.localName);
    for (const attribute of node.getAttributeNames()) attributes.add(attribute);
  }
  return { tags, attributes };
}

/**
 * Whether the first two letters of each laid-out text node of UI or case text run left to right, as they must in an
 * English widget: a bidi override leaking out of a field would draw them right to left.
 */
function reversedTexts(el: UrgentActionElement): { reversed: string[]; measured: number } {
  const reversed: string[] = [];
  let measured = 0;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue!;
    if (BIDI.some((control) => value.includes(control))) continue;
    const at = value.search(/[a-z]{2}/i);
    if (at < 0) continue;
    const box = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const [first, second] = [box(at), box(at + 1)];
    // Text out of view (a closed dialog, a collapsed section) or broken across lines has no order to check.
    if (!first.width || !second.width || Math.abs(first.top - second.top) > 2) continue;
    measured++;
    if (second.left < first.left) reversed.push(value.trim());
  }
  return { reversed, measured };
}

/** Texts the full case shows in view: each check must measure at least this many, or it would pass on nothing. */
const MIN_MEASURED = 40;

function expectInOrder(el: UrgentActionElement, when = '') {
  const { reversed, measured } = reversedTexts(el);
  expect(measured, `texts measured${when}`).to.be.at.least(MIN_MEASURED);
  expect(reversed, `text a bidi override reordered${when}`).to.deep.equal([]);
}

describe('untrusted case data: an XSS corpus through every field', () => {
  let full: Record<string, any>;
  let clean: ReturnType<typeof shape>;

  before(async () => {
    full = await fullCase();
    clean = shape(await renderCase(full));
  });

  for (const payload of CORPUS) {
    it(`shows ${JSON.stringify(payload)} as text only, wherever it goes`, async () => {
      const { poisoned, accepted } = poison(full, payload);
      expect(accepted, 'free-text fields took the payload').to.be.greaterThan(20);
      const scriptsBefore = document.querySelectorAll('script').length;
      const el = await renderCase(poisoned);
      await controlsRan();

      expect(executed, 'nothing ran').to.deep.equal([]);
      const { tags, attributes } = shape(el);
      expect(
        [...tags].filter((tag) => !clean.tags.has(tag)),
        'no new elements',
      ).to.deep.equal([]);
      expect(
        [...attributes].filter((name) => !clean.attributes.has(name)),
        'no new attributes',
      ).to.deep.equal([]);
      expect(document.querySelectorAll('script').length, 'nothing added to the page').to.equal(scriptsBefore);
      for (const url of widgetUrls(el)) expect(LINK_SCHEMES, url).to.include(new URL(url).protocol);
      // It arrived, as text.
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(payload.trim());
      expectInOrder(el);
    });
  }

  // The tests below render many cases: give them time on a busy machine.
  it('isolates bidi overrides in names, so they cannot reorder the interface text around them', async function () {
    this.timeout(60_000);
    for (const control of BIDI) {
      const data = structuredClone(full);
      const name = `Name${control}`;
      data.country = name;
      for (const person of data.people) person.name = name;
      for (const target of data.targets) target.name = name;
      const el = await renderCase(data);
      expect(el.shadowRoot!.querySelectorAll('.person-name').length).to.equal(6);
      expectInOrder(el, ` after ${escape(control)}`);
      // Also where a layout puts a name and interface text on one line.
      const inline = new CSSStyleSheet();
      inline.replaceSync('.aside, .eyebrow, .eyebrow > * { display: inline }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, inline];
      expectInOrder(el, ` after ${escape(control)}, on one line`);
    }
  });

  it('never lets a case link to a scheme outside http, https, mailto and tel', async function () {
    this.timeout(60_000);
    for (const payload of CORPUS) {
      for (const schemes of [undefined, LINK_SCHEMES]) {
        const url = safeUrl(payload, 'https://example.org/cases/', schemes);
        if (url !== undefined) expect(LINK_SCHEMES, `${JSON.stringify(payload)} → ${url}`).to.include(new URL(url).protocol);
      }
      const data = structuredClone(full);
      data.link = payload;
      data.report.url = payload;
      const result = parseCase(data);
      if (!result.ok) continue;
      const el = await renderCase(data);
      for (const url of widgetUrls(el)) expect(LINK_SCHEMES, url).to.include(new URL(url).protocol);
    }
    // The disguises are recognised as what the browser would see.
    for (const disguised of ['JaVaScRiPt:x', ' \tjava\nscript:x', '\u0001javascript:x', 'java\u0000script:x', 'vbscript:x', 'data:,x']) {
      expect(safeUrl(disguised, 'https://example.org/', LINK_SCHEMES), JSON.stringify(disguised)).to.equal(undefined);
    }
  });

  it('shows an invalid hostile case as an error, with nothing of it in the page', async () => {
    const data = structuredClone(full);
    data.id = '<img src=x onerror=__xss("id")>';
    let el!: UrgentActionElement;
    await captureConsoleErrors(async () => (el = await renderCase(data)));
    expect(el.shadowRoot!.querySelector('[role="alert"]') !== null, 'the alert').to.be.true;
    expect(el.shadowRoot!.querySelector('img') === null, 'no img').to.be.true;
    expect(executed).to.deep.equal([]);
  });
});
