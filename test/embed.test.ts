import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { UrgentActionElement } from '../src/index.js';
import { $, $$, loadPage, SEED_URL, text, waitFor, type FixtureWindow } from './support/helpers.js';

const widgets = (win: Window) => [...win.document.querySelectorAll<UrgentActionElement>('urgent-action')];
const titleOf = (el: UrgentActionElement) => text($(el, '.title'));

/** Requests the fixture server has seen with `?id=`. */
async function requestCount(id: string): Promise<number> {
  return (await (await fetch(`/test-api/requests?id=${id}`)).json()).count;
}

describe('embedding: script tags, inline JSON, npm', () => {
  it('shows three widgets (two by src, one inline JSON) from two script tags, beside the page’s own Lit', async () => {
    const win = await loadPage('/test/fixtures/three-widgets.html', { widgets: 3 });
    const [first, second, inline] = widgets(win);
    expect([first, second, inline].map((el) => titleOf(el!))).to.deep.equal([
      'First widget',
      'Second widget',
      'Inline: a case written into the page',
    ]);
    expect($$(inline!, 'tbody tr')).to.have.length(1);
    expect(text(win.document.querySelector('host-greeting')!.shadowRoot!.querySelector('p')!)).to.equal("Hello from the host page's Lit");
    // The second copy of the bundle did nothing: one definition, one Lit.
    expect(win.customElements.get('urgent-action')).to.equal(first!.constructor);
    expect(win.__errors).to.deep.equal([]);
  });

  it('keeps widgets on one page independent: a name typed in one is not signed in another', async () => {
    const win = await loadPage('/test/fixtures/three-widgets.html', { widgets: 3 });
    const [first, second] = widgets(win);
    const input = $(first!, 'input[autocomplete="name"]') as HTMLInputElement;
    input.value = 'Ada Lovelace';
    input.dispatchEvent(new Event('input'));
    await first!.updateComplete;
    expect(first!.letterText).to.contain('Ada Lovelace');
    expect(second!.letterText).not.to.contain('Ada Lovelace');
    expect(text($(second!, '.closing'))).to.equal('Yours sincerely,');
    // Each widget keeps its own theme.
    expect(getComputedStyle($(first!, '.root')).colorScheme).to.equal('light dark');
    expect(getComputedStyle($(second!, '.root')).colorScheme).to.equal('dark');
  });

  it('works from npm under another tag name: a subclass of UrgentActionElement', async () => {
    customElements.define('my-appeal', class extends UrgentActionElement {});
    const el = document.createElement('my-appeal') as UrgentActionElement;
    const loaded = oneEvent(el, 'urgent-action-load');
    el.src = SEED_URL;
    await fixture(html`<div>${el}</div>`);
    await loaded;
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Conviction of Crimeans Must be Quashed');
    expect(customElements.get('urgent-action')).to.equal(UrgentActionElement);
  });

  it('keeps the light-DOM fallback visible when the script never loads', async () => {
    const win = await loadPage('/test/fixtures/no-script.html', { widgets: 0 });
    const link = win.document.getElementById('fallback')!;
    expect(win.customElements.get('urgent-action')).to.equal(undefined);
    expect(link.offsetHeight).to.be.greaterThan(0);
    expect(text(link)).to.equal('Read Urgent Action 126.19 and write a letter');
    expect(win.getComputedStyle(link).visibility).to.equal('visible');
  });
});

describe('loading="lazy"', () => {
  it('fetches nothing until the widget nears the viewport, then shows the case', async () => {
    const id = `lazy-${Math.random().toString(36).slice(2)}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 400vh"></div>
      <urgent-action loading="lazy" src=${`/test-api/case?id=${id}&title=Lazy`}></urgent-action>
    </div>`);
    const el = wrapper.querySelector('urgent-action')!;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await requestCount(id)).to.equal(0);
    expect(el.caseData).to.equal(undefined);
    expect(text($(el, '.placeholder[role="status"]'))).to.equal('Loading the appeal…');

    const loaded = oneEvent(el, 'urgent-action-load');
    el.scrollIntoView();
    await loaded;
    expect(await requestCount(id)).to.equal(1);
    expect(titleOf(el)).to.equal('Lazy');
  });

  it('fetches at once by default (eager), even far below the fold', async () => {
    const id = `eager-${Math.random().toString(36).slice(2)}`;
    const el = document.createElement('urgent-action');
    el.src = `/test-api/case?id=${id}`;
    // Listening before the element is on the page: the case can arrive before fixture() resolves.
    const loaded = oneEvent(el, 'urgent-action-load');
    await fixture<HTMLDivElement>(html`<div>
      <div style="height: 400vh"></div>
      ${el}
    </div>`);
    await loaded;
    expect(await requestCount(id)).to.equal(1);
  });
});

/** Every part of the widget that can overflow its column, with its name for the failure message. */
function overflowing(el: UrgentActionElement): string[] {
  const boxes: [string, Element][] = [
    ['host', el],
    ...[
      '.root',
      '.header',
      '.summary',
      'table.people',
      '.targets',
      '.card',
      '.contacts',
      '.letter',
      '.paper',
      'textarea',
      '.button-row',
      '.report',
    ].flatMap((selector) => $$(el, selector).map((node) => [selector, node] as [string, Element])),
  ];
  const root = $(el, '.root').getBoundingClientRect();
  return boxes
    .filter(([, node]) => node.scrollWidth > node.clientWidth + 1 || node.getBoundingClientRect().right > root.right + 1)
    .map(([name, node]) => `${name}: ${node.scrollWidth} > ${node.clientWidth}`);
}

describe('narrow columns', () => {
  it('at a 320 px viewport nothing overflows the column', async () => {
    const win = await loadPage('/test/fixtures/bare.html', { width: 320 });
    const [el] = widgets(win);
    expect(overflowing(el!)).to.deep.equal([]);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(win.innerWidth);
  });

  it('follows its own width, not the viewport’s: in a 280 px column, contact labels stack above their values', async () => {
    const data = await (await fetch(SEED_URL)).json();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><urgent-action .case=${data}></urgent-action></div>`);
    const el = wrapper.querySelector('urgent-action')!;
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
    const contacts = $(el, '.contacts');
    const [label, value] = [contacts.querySelector('dt')!, contacts.querySelector('dd')!];
    expect(value.getBoundingClientRect().top).to.be.at.least(label.getBoundingClientRect().bottom - 1);

    wrapper.style.width = '760px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(value.getBoundingClientRect().top).to.be.below(label.getBoundingClientRect().bottom);
    const [a, b] = $$(el, '.card');
    expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
  });
});

describe('a hostile page: Bootstrap, Tailwind preflight and blunt !important theme rules', () => {
  let win: FixtureWindow;
  let el: UrgentActionElement;
  before(async () => {
    win = await loadPage('/test/fixtures/hostile.html', { width: 360 });
    [el] = widgets(win) as [UrgentActionElement];
  });

  it('really loads the frameworks’ CSS', () => {
    const sheets = [...win.document.styleSheets].map((sheet) => sheet.href ?? '');
    expect(sheets.some((href) => href.endsWith('bootstrap.min.css'))).to.equal(true);
    expect(sheets.some((href) => href.endsWith('preflight.css'))).to.equal(true);
    expect(win.getComputedStyle(win.document.body).fontSize).to.equal('16px');
    expect(win.getComputedStyle(el).color).to.equal('rgb(255, 0, 255)');
  });

  it('keeps its own text styles: colour, spacing, case, alignment and size', () => {
    for (const node of [$(el, '.title'), $(el, '.summary p'), $(el, 'tbody th'), $(el, '.card'), $(el, 'textarea')]) {
      const style = getComputedStyle(node);
      expect(style.color, node.className).not.to.equal('rgb(255, 0, 255)');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.textShadow).to.equal('none');
      expect(style.fontStyle).to.equal('normal');
      expect(style.textAlign).to.be.oneOf(['start', 'left']);
      expect(style.whiteSpace).to.be.oneOf(['normal', 'pre-wrap']);
      expect(parseFloat(style.fontSize)).to.be.at.least(14);
    }
    expect(getComputedStyle($(el, '.eyebrow')).textTransform).to.equal('uppercase');
    expect(getComputedStyle($(el, '.summary p')).textTransform).to.equal('none');
  });

  it('keeps buttons and links at least 24 × 24 px, visible, and the table laid out', () => {
    // The report dialog's buttons are only on screen while it is open.
    for (const target of [...$$(el, '.button'), ...$$(el, '.contacts a')].filter((node) => !node.closest('dialog:not([open])'))) {
      const box = target.getBoundingClientRect();
      expect(box.width, text(target)).to.be.at.least(24);
      expect(box.height, text(target)).to.be.at.least(24);
      expect(getComputedStyle(target).visibility).to.equal('visible');
    }
    const copy = $(el, '[part~="copy-button"]');
    expect(getComputedStyle(copy).backgroundColor).to.equal('rgb(176, 0, 32)');
    const table = $(el, 'table.people');
    expect(getComputedStyle(table).display).to.equal('table');
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(6);
    for (const row of rows) expect(row.getBoundingClientRect().height).to.be.at.least(20);
    expect(overflowing(el)).to.deep.equal([]);
  });
});

describe('demo pages', () => {
  it('the index links every demo page and shows the UA 126.19 widget', async () => {
    const win = await loadPage('/demo/index.html');
    const linked = [...win.document.querySelectorAll<HTMLAnchorElement>('.demo-pages a')].map((a) => new URL(a.href).pathname);
    const stored = ['ngo-article', 'blog-post', 'campaign', 'dark', 'rtl', 'several', 'fr', 'es', 'ar'].map((name) => `/demo/${name}.html`);
    expect(linked).to.include.members([...stored, '/builder/']);
    expect(titleOf(widgets(win)[0]!)).to.equal('Conviction of Crimeans Must be Quashed');
  });

  it('every linked page shows each of its widgets (the lazy ones once scrolled to)', async function () {
    this.timeout(60_000);
    const index = await loadPage('/demo/index.html');
    // The builder shows a widget only once text is pasted: test/builder.test.ts covers it.
    const pages = [...index.document.querySelectorAll<HTMLAnchorElement>('.demo-pages a')]
      .map((a) => new URL(a.href).pathname)
      .filter((path) => path !== '/builder/');
    for (const page of pages) {
      const win = await loadPage(page, { width: 400 });
      const all = widgets(win);
      await waitFor(() => all.every((el) => el.caseData || el.loading === 'lazy'), `${page}: eager widgets`);
      for (const el of all) {
        el.scrollIntoView();
        await waitFor(() => Boolean(el.caseData), `${page}: #${el.id || 'widget'}`);
        // A closed appeal (the series demo's outcome) asks no one to be contacted: it has no target cards.
        if (el.caseData!.status === 'open') expect($$(el, '.card').length, page).to.be.greaterThan(0);
        expect(overflowing(el), page).to.deep.equal([]);
      }
      win.frameElement!.remove();
    }
  });

  it('the right-to-left page is Arabic and right-to-left around the widget', async () => {
    const win = await loadPage('/demo/rtl.html');
    expect(win.document.documentElement.dir).to.equal('rtl');
    expect(widgets(win)[0]!.getAttribute('lang')).to.equal('ar');
    expect(win.getComputedStyle(win.document.querySelector('main h1')!).direction).to.equal('rtl');
  });

  it('the campaign page brands the widget through custom properties and parts', async () => {
    const win = await loadPage('/demo/campaign.html');
    const el = widgets(win)[0]!;
    expect(win.getComputedStyle($(el, '[part~="copy-button"]')).backgroundColor).to.equal('rgb(29, 29, 27)');
    expect(win.getComputedStyle($(el, '[part~="header"]')).borderBottomColor).to.equal('rgb(255, 212, 0)');
  });
});
