import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, $$, attachUntil, openReport, seedCase, waitFor } from './support/helpers.js';

declare const axe: typeof import('axe-core');

/** Only the WCAG 2.0, 2.1 and 2.2 level A and AA rules, including 2.2's target size (off in axe by default). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
axe.configure({
  rules: axe.getRules().map(({ ruleId, tags }) => ({ id: ruleId, enabled: tags.some((tag) => WCAG_TAGS.includes(tag)) })),
});

const TRANSLATED_URL = '/demo/cases/ua-126-19-translated.json';

/**
 * `<urgent-action>` between two focusable buttons, in a page region of `width` px; resolves once it has shown its case
 * (`outcome: 'load'`, the default), reported an error (`'error'`) or, with `'none'`, at once. Tabbing out of the widget
 * lands on the second button: with nothing after it, focus would leave the page for the browser's own UI in Firefox and
 * WebKit, and a page without focus matches no :focus-visible.
 */
async function render(
  setup: (el: UrgentActionElement) => void,
  { lang = 'en', width = 800, outcome = 'load' as 'load' | 'error' | 'none' } = {},
) {
  const el = document.createElement('urgent-action');
  setup(el);
  const attach = () =>
    fixture<HTMLElement>(html`<main lang=${lang} class="page">
      <style>
        .page {
          inline-size: ${width}px;
          font-size: 16px;
        }
      </style>
      <button id="before">Before</button>${el}<button id="after">After</button>
    </main>`);
  const page = outcome === 'none' ? await attach() : await attachUntil(el, outcome, attach);
  await el.updateComplete;
  return { el, page };
}

/** What has focus inside the widget, named for a reader: the control's part, tag and text. */
function focused(el: UrgentActionElement): HTMLElement | null {
  return document.activeElement === el ? (el.shadowRoot!.activeElement as HTMLElement | null) : null;
}

/** Tabs from the button before the widget until focus leaves it; returns each control reached. */
async function tabThrough(el: UrgentActionElement): Promise<HTMLElement[]> {
  (document.getElementById('before') as HTMLButtonElement).focus();
  const reached: HTMLElement[] = [];
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const current = focused(el);
    if (!current) break;
    reached.push(current);
  }
  return reached;
}

/** The seed case with every part of the report dialog: send and form link, the reader's details, consent, privacy. */
async function fullReportCase() {
  const data = await seedCase();
  data.report = {
    ...data.report,
    url: 'https://example.org/report',
    fields: ['name', 'email', 'country'],
    privacyUrl: 'https://example.org/privacy',
  };
  return data;
}

/** Elements matching `selector` a reader can reach: not those inside a closed dialog, which is not rendered. */
const reachable = (el: UrgentActionElement, selector: string) => $$(el, selector).filter((node) => node.closest('dialog')?.open !== false);

/** Controls (or contact links) smaller than 24 × 24 px, described for the failure message. */
const tooSmall = (nodes: HTMLElement[]) =>
  nodes
    .map((node) => ({ node, rect: node.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < 24 || rect.height < 24)
    .map(({ node, rect }) => `${node.outerHTML.slice(0, 60)}: ${rect.width}×${rect.height}`);

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  it('while loading', async () => {
    const { el } = await render((el) => (el.src = '/test-api/case?delay=3000'), { outcome: 'none' });
    // aria-busy="true" would tell screen readers to hold the announcement back.
    expect($(el, '[role="status"]').hasAttribute('aria-busy')).to.equal(false);
    expect($(el, '[role="status"]').textContent).to.equal('Loading the appeal…');
    await expect(el).to.be.accessible();
  });

  it('loaded', async () => {
    const { el } = await render((el) => (el.src = '/demo/cases/ua-126-19.json'));
    await expect(el).to.be.accessible();
  });

  it('failed: the message is an alert', async () => {
    const { el } = await render((el) => (el.src = '/test-api/status?code=503'), { outcome: 'error' });
    expect($(el, '[role="alert"]').textContent).to.contain('This appeal can’t be shown right now.');
    await expect(el).to.be.accessible();
  });

  it('failed with "Try again" (a time-out)', async () => {
    const { el } = await render(
      (el) => {
        el.timeout = 50;
        el.src = '/test-api/case?delay=1000';
      },
      { outcome: 'error' },
    );
    expect($(el, '[role="alert"] button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an ended case (closed, with an outcome)', async () => {
    const data = await seedCase();
    data.status = 'closed';
    data.outcome = 'This appeal has ended. Thank you to everyone who took action.';
    const { el } = await render((el) => (el.case = data));
    await expect(el).to.be.accessible();
  });

  for (const lang of ['ar', 'fr', 'es']) {
    it(`in ${lang}, with the translated case`, async () => {
      const { el } = await render((el) => (el.src = TRANSLATED_URL), { lang });
      expect($(el, '.root').getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
    });
  }

  it('with the letter in a language other than the interface’s (Arabic letter, English interface)', async () => {
    const data = await (await fetch(TRANSLATED_URL)).json();
    data.targets[0].language = 'ar';
    const { el } = await render((el) => (el.case = data));
    expect($(el, 'textarea').getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`with the report dialog open, theme="${theme}"`, async () => {
      const data = await fullReportCase();
      const { el } = await render((el) => {
        el.theme = theme;
        el.case = data;
      });
      await openReport(el);
      await expect(el).to.be.accessible();
    });
  }

  it('at a 320 px wide page', async () => {
    const { el } = await render((el) => (el.src = TRANSLATED_URL), { width: 320 });
    await expect(el).to.be.accessible();
  });
});

describe('keyboard', () => {
  for (const lang of ['en', 'ar']) {
    it(`${lang}: Tab reaches the addressee, the name, the letter, Copy and Report, in that order`, async () => {
      const { el } = await render((el) => (el.src = lang === 'en' ? '/demo/cases/ua-126-19.json' : TRANSLATED_URL), { lang });
      const reached = await tabThrough(el);
      const at = (control: HTMLElement) => reached.indexOf(control);
      const order = [
        $(el, '.letter select'),
        $(el, 'input[autocomplete="name"]'),
        $(el, 'textarea'),
        $(el, '[part~="copy-button"]'),
        $(el, '[part~="report-button"]'),
      ].map(at);
      expect(
        order.every((index) => index >= 0),
        `reached: ${reached.map((node) => node.outerHTML.slice(0, 60)).join('\n')}`,
      ).to.equal(true);
      expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
      // Every contact link on the cards comes before the letter, in reading order.
      const contacts = $$(el, '[part="target"] a').map(at);
      expect(contacts.every((index) => index >= 0 && index < order[0]!)).to.equal(true);
      expect(contacts).to.deep.equal([...contacts].sort((a, b) => a - b));
    });
  }

  it('focus is visible: a 3 px outline on every control reached by Tab', async () => {
    const { el } = await render((el) => (el.src = '/demo/cases/ua-126-19.json'));
    const reached = await tabThrough(el);
    expect(reached.length).to.be.greaterThan(5);
    (document.getElementById('before') as HTMLButtonElement).focus();
    for (const control of reached) {
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      while (focused(el) !== control) await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(control);
      expect(control.matches(':focus-visible'), control.outerHTML).to.equal(true);
      expect(style.outlineStyle, control.outerHTML).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
  });

  it('Copy works from the keyboard and the result is announced in a status region that was already there', async () => {
    const { el } = await render((el) => (el.src = '/demo/cases/ua-126-19.json'));
    const status = $(el, '[part="letter"] .notice');
    expect(status.getAttribute('role')).to.equal('status');
    // A live region that is display: none until it has something to say is not announced by every screen reader.
    expect(getComputedStyle(status).display).to.not.equal('none');
    const reached = await tabThrough(el);
    (document.getElementById('before') as HTMLButtonElement).focus();
    const copy = $(el, '[part~="copy-button"]');
    for (let i = 0; i <= reached.indexOf(copy); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(copy);
    const copied = oneEvent(el, 'urgent-action-action');
    await sendKeys({ press: 'Enter' });
    await copied;
    await el.updateComplete;
    expect($(el, '[part="letter"] .notice')).to.equal(status);
    expect(status.textContent).to.equal('Letter copied. Paste it into your e-mail, fax or letter.');
  });
});

describe('keyboard: the report dialog', () => {
  it('Enter on Report opens it with focus inside, Tab stays in it, Escape closes it and focus returns to Report', async () => {
    const data = await fullReportCase();
    const { el } = await render((el) => (el.case = data));
    // Tab reaching the addressee, Copy and Report is tested above; here one Tab from the control before Report.
    const report = $(el, '[part~="report-button"]');
    const before = $$(el, 'button, a, input, select, textarea');
    before[before.indexOf(report) - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(report);
    await sendKeys({ press: 'Enter' });
    // The dialog's code loads on this first use.
    const dialog = await waitFor(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'Enter to open the dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(focused(el))).to.equal(true);
    // Tab goes through the dialog's controls (13), not the inert page behind; not past the last, which may leave the page.
    const reached = [focused(el)];
    for (let i = 1; i < 13; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(focused(el));
    }
    expect(
      reached.every((control) => control && dialog.contains(control)),
      reached.map((c) => c?.outerHTML.slice(0, 60)).join('\n'),
    ).to.equal(true);
    expect(reached).to.include.members([$(el, 'input[name="email"]'), $(el, '[part~="report-send"]'), $(el, '[part~="report-form"]')]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(focused(el)).to.equal(report);
  });
});

describe('layout for every reader', () => {
  /** Elements whose box sticks out of the widget sideways. */
  function overflowing(el: UrgentActionElement): string[] {
    const box = el.getBoundingClientRect();
    return $$(el, '*')
      .filter((node) => {
        const rect = node.getBoundingClientRect();
        return rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
      })
      .map((node) => node.outerHTML.slice(0, 80));
  }

  for (const [width, why] of [
    [320, '320 px (400% zoom)'],
    [640, '640 px (200% zoom of a 1280 px window)'],
  ] as const) {
    for (const lang of ['en', 'ar']) {
      it(`${lang}: nothing scrolls sideways at ${why}`, async () => {
        const { el } = await render((el) => (el.src = TRANSLATED_URL), { lang, width });
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(overflowing(el)).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('every control and contact link is at least 24 × 24 px', async () => {
    const { el } = await render((el) => (el.src = '/demo/cases/ua-126-19.json'), { width: 320 });
    expect(tooSmall(reachable(el, 'button, select, input, textarea, summary, .contacts a, [part~="button"]'))).to.deep.equal([]);
  });

  it('every control and link of the open report dialog is at least 24 × 24 px', async () => {
    const data = await fullReportCase();
    const { el } = await render((el) => (el.case = data), { width: 320 });
    const dialog = await openReport(el);
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, input, a')];
    // Five counts, three details, the consent box; the privacy link; Send, the form link, Cancel.
    expect(controls.length).to.equal(13);
    expect(tooSmall(controls)).to.deep.equal([]);
  });

  it('is a region named by the case title, with headings from heading-level down', async () => {
    const { el } = await render(
      (el) => {
        el.headingLevel = 3;
        el.src = TRANSLATED_URL;
      },
      { lang: 'ar' },
    );
    const region = $(el, 'section.root');
    expect(region.getAttribute('aria-labelledby')).to.equal('title');
    expect($(el, '#title').textContent).to.equal('يجب إلغاء إدانة رجال من القرم');
    expect($(el, '#title').getAttribute('aria-level')).to.equal('3');
    expect(new Set($$(el, '.section-heading').map((heading) => heading.getAttribute('aria-level')))).to.deep.equal(new Set(['4']));
    expect($(el, '.target-name').getAttribute('aria-level')).to.equal('5');
    expect($(el, 'table caption').textContent).to.equal('الأشخاص المعنيون');
    expect($$(el, 'thead th[scope="col"]').length).to.equal(2);
    expect($$(el, 'tbody th[scope="row"]').length).to.equal(6);
  });

  it('status and kind are words, not colours alone', async () => {
    const data = await seedCase();
    data.status = 'success';
    const { el } = await render((el) => (el.case = data));
    expect($$(el, '[part="badge"]').map((badge) => badge.textContent!.trim())).to.deep.equal(['Update', 'Success']);
  });

  it('every form control has a name', async () => {
    const data = await (await fetch(TRANSLATED_URL)).json();
    data.targets[1].language = 'fr';
    const { el } = await render((el) => (el.case = data));
    const controls = reachable(el, 'select, input, textarea');
    // The addressee, the letter's language (the case has translations), the name, the place, the letter.
    expect(controls.length).to.equal(5);
    for (const control of controls) {
      expect(control.closest('label')?.querySelector('span')?.textContent?.trim() ?? '', control.outerHTML).to.not.equal('');
    }
  });

  it('every control of the open report dialog has a name', async () => {
    const data = await fullReportCase();
    const { el } = await render((el) => (el.case = data));
    const dialog = await openReport(el);
    const fields = [...dialog.querySelectorAll<HTMLInputElement>('input')];
    expect(fields.length).to.equal(9);
    for (const field of fields) expect(field.labels?.[0]?.textContent?.trim() ?? '', field.outerHTML).to.not.equal('');
    const buttons = [...dialog.querySelectorAll<HTMLElement>('button, a')];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
      'How we use your details',
      'Send report',
      'Open the report form',
      'Cancel',
    ]);
  });
});
