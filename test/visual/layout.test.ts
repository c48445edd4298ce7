/**
 * Visual baselines, in Chromium only: every demo page and the builder page at a desktop and a phone width, and the
 * element's states. A screenshot that differs from its baseline (test/visual/baselines/) fails the test; after an
 * intended layout change, `npm run test:visual:update` retakes them all, to be reviewed and committed.
 * Deterministic by construction: fixed viewport, DejaVu fonts, reduced motion (the widget then has no transitions),
 * every widget loaded and fonts ready before the shot, and the live report total hidden (other tests add to it).
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { UrgentActionElement } from '../../src/urgent-action.js';
import { captureConsoleErrors, openReport, waitFor } from '../support/helpers.js';

const PAGES = [
  'demo/index.html',
  'demo/ar.html',
  'demo/blog-post.html',
  'demo/campaign.html',
  'demo/dark.html',
  'demo/es.html',
  'demo/fr.html',
  'demo/ngo-article.html',
  'demo/rtl.html',
  'demo/series.html',
  'demo/several.html',
  'builder/index.html',
];
const WIDTHS = { desktop: 1280, phone: 390 };

/** Volatile content out of the picture: the live total (it arrives after the case, and grows), and a blinking caret. */
const STEADY = `urgent-action::part(report-total) { display: none; } * { caret-color: transparent !important; }`;

const shotName = (path: string) => path.replace(/\.html$/, '').replace(/\//g, '-');

before(async () => {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});

/** Loads `path` in an iframe `width` px wide, waits until every widget on it has settled, and sizes it to its content. */
async function showPage(path: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: '800px', border: '0', display: 'block' });
  frame.src = `/${path}`;
  document.body.append(frame);
  const doc = await waitFor(() => {
    const loaded = frame.contentDocument;
    return loaded?.location.pathname === `/${path}` && loaded.readyState === 'complete' && loaded;
  }, `${path} to load`);
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: STEADY }));
  await waitFor(() => frame.contentWindow!.customElements.get('urgent-action'), `${path}: the widget defined`);
  for (const el of doc.querySelectorAll<UrgentActionElement>('urgent-action')) {
    // Lazy widgets load once near the viewport: bring each into view.
    el.scrollIntoView();
    await waitFor(() => el.caseData || el.shadowRoot?.querySelector('[role="alert"]'), `${path}: #${el.id || 'a widget'} to settle`);
    await el.updateComplete;
  }
  await doc.fonts.ready;
  // Measured once, at the frame's first height: a page that sizes things in vh grows with every resize.
  frame.style.height = `${doc.documentElement.scrollHeight}px`;
  window.scrollTo(0, 0);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return frame;
}

describe('visual baselines: pages', function () {
  // Long pages, several widgets each, on a machine shared with other engines.
  this.timeout(60_000);
  before(() => setViewport({ width: 1300, height: 900 }));
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const path of PAGES) {
    for (const [device, width] of Object.entries(WIDTHS)) {
      it(`${path} at ${width} px`, async () => {
        const frame = await showPage(path, width);
        await visualDiff(frame, `${shotName(path)}-${device}`);
      });
    }
  }
});

describe('visual baselines: element states (390 px)', () => {
  before(() => setViewport({ width: 420, height: 900 }));

  /**
   * The element alone in a phone-wide column, set up by `setup`; resolves with the column once `settled` (by default:
   * the case is on screen) and the fonts are ready.
   */
  async function column(
    setup: (el: UrgentActionElement) => void,
    { lang = 'en', settled = (el: UrgentActionElement) => el.caseData } = {},
  ): Promise<HTMLElement> {
    const el = document.createElement('urgent-action');
    el.lang = lang;
    setup(el);
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 390px; caret-color: transparent">${el}</div>`);
    await waitFor(() => settled(el), 'the widget to settle');
    await el.updateComplete;
    await document.fonts.ready;
    return wrapper;
  }

  const shows = (selector: string) => (el: UrgentActionElement) => el.shadowRoot?.querySelector(selector);

  /** The seed case without its live total: other tests report to it while this one runs. */
  async function withoutTotal(url = '/demo/cases/ua-126-19.json') {
    const data = await (await fetch(url)).json();
    return { ...data, report: { ...data.report, countUrl: undefined } };
  }

  it('loading', async () => {
    const wrapper = await column((el) => (el.src = '/test-api/case?delay=20000'), { settled: shows('.placeholder') });
    await visualDiff(wrapper, 'state-loading');
  });

  it('error', async () => {
    let wrapper!: HTMLElement;
    await captureConsoleErrors(
      async () => (wrapper = await column((el) => (el.case = { version: 1 }), { settled: shows('[part="error"]') })),
    );
    await visualDiff(wrapper, 'state-error');
  });

  it('ended', async () => {
    const data = { ...(await withoutTotal()), status: 'success', outcome: 'Released.' };
    await visualDiff(await column((el) => (el.case = data)), 'state-ended');
  });

  it('report dialog open', async () => {
    const data = await withoutTotal();
    const wrapper = await column((el) => (el.case = data));
    const dialog = await openReport(wrapper.querySelector('urgent-action')!);
    // The focused field's ring out of the picture: it is drawn a frame after focus moves.
    (dialog.querySelector(':focus') ?? ((dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement | null))?.blur();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await visualDiff(dialog, 'state-dialog-open');
  });

  it('Arabic', async () => {
    const data = await withoutTotal('/demo/cases/ua-126-19-translated.json');
    await visualDiff(await column((el) => (el.case = data), { lang: 'ar' }), 'state-arabic');
  });
});
