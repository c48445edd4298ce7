import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { markReported, readActions } from '../src/actions/memory.js';
import { lastUpdated, newSinceActed } from '../src/case/history.js';
import { parseCase } from '../src/case/parse.js';
import type { HistoryEntry } from '../src/case/schema.js';
import { LANGUAGE_MODULES } from '../src/i18n/languages.js';
import { CATALOGUES, createTranslator } from '../src/i18n/translate.js';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, $$, daysAgo, loadPage, renderCase, SERIES_URL, seriesCase, text } from './support/helpers.js';

declare const axe: typeof import('axe-core');

// The WCAG 2.0–2.2 A and AA rules, as test/a11y.test.ts runs them.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
axe.configure({ rules: axe.getRules().map(({ ruleId, tags }) => ({ id: ruleId, enabled: tags.some((tag) => WCAG_TAGS.includes(tag)) })) });

before(() => Promise.all(Object.values(LANGUAGE_MODULES).map((load) => load())));

const demoCase = async (): Promise<Record<string, any>> => (await fetch(SERIES_URL)).json();

/** `<urgent-action>` after a button, in a page region of `lang`, once it has shown its case. */
async function renderAfterButton(data: unknown, lang = 'en'): Promise<UrgentActionElement> {
  const el = document.createElement('urgent-action');
  el.case = data;
  const loaded = oneEvent(el, 'urgent-action-load');
  await fixture(html`<main lang=${lang}><button id="before">Before</button>${el}</main>`);
  await loaded;
  await el.updateComplete;
  return el;
}

const disclosure = (el: UrgentActionElement) => $(el, '[part~="history"]') as HTMLDetailsElement;
/** The entries as a reader reads them, once they have opened the disclosure. */
function entries(el: UrgentActionElement): string[] {
  if (!disclosure(el).open) $(el, '[part~="history"] summary').click();
  return $$(el, '[part~="history"] li').map(text);
}
const notice = (el: UrgentActionElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="history-notice"]');
const meta = (el: UrgentActionElement) => text($(el, '.meta'));

describe('history: "Updated" in the header', () => {
  it('shows the latest entry’s date when the history has more than one entry, and the same issue date only once', async () => {
    const el = await renderCase(await demoCase());
    expect(meta(el)).to.equal('Outcome Closed Updated December 5, 2024');
  });

  it('keeps an earlier issue date beside it', async () => {
    const el = await renderCase({ ...(await demoCase()), issued: '2024-03-14' });
    expect(meta(el)).to.equal('Outcome Closed Issued March 14, 2024 Updated December 5, 2024');
  });

  it('is absent with one entry, or none: no disclosure either', async () => {
    const data = await demoCase();
    const one = await renderCase({ ...data, history: data.history.slice(0, 1) });
    const none = await renderCase({ ...data, history: undefined });
    for (const el of [one, none]) {
      expect(meta(el)).to.equal('Outcome Closed Issued December 5, 2024');
      expect($$(el, '[part~="history"]')).to.have.length(0);
    }
  });

  it('takes the latest dated entry; an undated one gives no date', () => {
    const entry = (date?: string): HistoryEntry => ({ kind: 'update', title: 'T', ...(date && { date }) });
    expect(lastUpdated([entry('2024-03-14'), entry('2024-06-20'), entry()])).to.equal('2024-06-20');
    expect(lastUpdated([entry('2024-06-20'), entry('2024-03-14')])).to.equal('2024-06-20');
    expect(lastUpdated([entry(), entry()])).to.equal(undefined);
    expect(lastUpdated([entry('2024-03-14')])).to.equal(undefined);
    expect(lastUpdated(undefined)).to.equal(undefined);
  });
});

describe('history: "How this appeal developed"', () => {
  it('is a closed disclosure that Tab reaches and Enter opens and closes, listing the entries oldest first', async () => {
    const el = await renderAfterButton(await demoCase());
    const details = disclosure(el);
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(text(summary)).to.equal('How this appeal developed');

    (document.getElementById('before') as HTMLButtonElement).focus();
    for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== summary; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === summary, 'Tab reaches the disclosure').to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);

    const listed = entries(el);
    expect(listed).to.have.length(3);
    expect(listed[0]).to.match(/^New appeal March 14, 2024 Three Journalists Face Unfair Trial Journalists Ilka Brandvold/);
    expect(listed[1]).to.match(/^Update June 20, 2024 Journalists Sentenced After Unfair Trial On 10 June 2024/);
    expect(listed[2]).to.match(/^Outcome December 5, 2024 Journalists’ Convictions Upheld On 28 November 2024/);
    expect($$(el, '[part~="history"] time').map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2024-03-14',
      '2024-06-20',
      '2024-12-05',
    ]);

    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(false);
  });

  it('leaves out what an entry lacks (date, summary)', async () => {
    const data = await demoCase();
    data.history[1] = { kind: 'update', title: 'An update without date or summary' };
    const el = await renderCase(data);
    expect(entries(el)[1]).to.equal('Update An update without date or summary');
  });

  it('shows on the series demo page (the built bundle)', async () => {
    const win = await loadPage('/demo/series.html');
    const el = win.document.querySelector('urgent-action')!;
    expect(meta(el)).to.contain('Updated December 5, 2024');
    expect(entries(el)).to.have.length(3);
    win.frameElement!.remove();
  });
});

describe('history: "New since you acted"', () => {
  it('names the latest entry for a reader who acted before its date, in a polite status, not an alert', async () => {
    const el = await renderCase(await seriesCase({ actedDaysAgo: 2.5 }));
    const shown = notice(el)!;
    expect(text(shown)).to.equal('New since you acted: Journalists’ Convictions Upheld');
    expect(shown.getAttribute('role')).to.equal('status');
    expect(shown.querySelector('strong')!.getAttribute('lang')).to.equal('en');
  });

  it('still names it once the reader has reported those actions (reported, they count as acting)', async () => {
    const data = await seriesCase({ actedDaysAgo: 2.5 });
    markReported(data.id);
    expect(readActions(data.id)).to.deep.equal([]);
    const el = await renderCase(data);
    expect(text(notice(el)!)).to.equal('New since you acted: Journalists’ Convictions Upheld');
  });

  it('is absent for a reader who acted after it, or on its day, or never', async () => {
    for (const actedDaysAgo of [0, 1, undefined]) {
      const el = await renderCase(await seriesCase({ actedDaysAgo }));
      // Booleans, not elements: chai would serialise a whole DOM tree into the failure message.
      expect(Boolean(notice(el)), `acted ${actedDaysAgo} days ago`).to.equal(false);
    }
  });

  it('compares the day of the reader’s latest action with the latest dated entry', () => {
    const history: HistoryEntry[] = [
      { kind: 'new', date: daysAgo(3), title: 'First' },
      { kind: 'outcome', date: daysAgo(1), title: 'Latest' },
    ];
    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    expect(newSinceActed(history, at(2))?.title).to.equal('Latest');
    expect(newSinceActed(history, at(1))).to.equal(undefined);
    expect(newSinceActed(history, undefined)).to.equal(undefined);
    expect(newSinceActed(history.slice(1), at(2))).to.equal(undefined);
    expect(newSinceActed(history, 'not a date')).to.equal(undefined);
  });
});

describe('history in every interface language', () => {
  const LABELS = {
    en: { heading: 'How this appeal developed', updated: 'Updated', new: 'New since you acted:' },
    fr: { heading: 'Comment cet appel a évolué', updated: 'Mis à jour le', new: 'Nouveau depuis votre action :' },
    es: { heading: 'Cómo ha evolucionado este llamamiento', updated: 'Actualización:', new: 'Novedad desde que actuaste:' },
    ar: { heading: 'كيف تطورت هذه المناشدة', updated: 'حُدِّثت في', new: 'جديد منذ تحرّكك:' },
  };

  for (const [lang, label] of Object.entries(LABELS)) {
    it(`${lang}: the date, the disclosure, its kinds and the notice are in ${lang}`, async () => {
      const data = await seriesCase({ actedDaysAgo: 2.5 });
      const el = await renderCase(data, lang);
      const t = createTranslator(lang);
      expect($(el, '.root').getAttribute('lang')).to.equal(lang);
      expect(meta(el)).to.contain(`${label.updated} ${t.date(daysAgo(1))}`);
      expect(text($(el, '[part~="history"] summary'))).to.equal(label.heading);
      expect(entries(el)).to.have.length(3);
      expect($$(el, '.history-kind').map(text)).to.deep.equal(
        ['kind.new', 'kind.update', 'kind.outcome'].map((key) => CATALOGUES[lang]![key as 'kind.new']),
      );
      expect(text(notice(el)!)).to.equal(`${label.new} Journalists’ Convictions Upheld`);
    });
  }

  it('a translation gives the entries’ titles and summaries in the reader’s language, and the notice follows', async () => {
    const data = await seriesCase({ actedDaysAgo: 2.5 });
    data.translations = [
      {
        lang: 'fr',
        history: [
          { title: 'Trois journalistes face à un procès inéquitable' },
          {},
          { title: 'Condamnations confirmées', summary: 'La Cour suprême a confirmé les condamnations.' },
        ],
      },
    ];
    expect(parseCase(data).ok).to.equal(true);
    const el = await renderCase(data, 'fr');
    const listed = entries(el);
    expect(listed[0]).to.contain('Trois journalistes face à un procès inéquitable');
    expect(listed[1]).to.contain('Journalists Sentenced After Unfair Trial');
    expect(listed[2]).to.contain('Condamnations confirmées La Cour suprême a confirmé les condamnations.');
    expect(text(notice(el)!)).to.equal('Nouveau depuis votre action : Condamnations confirmées');
    expect($(el, '[part~="history"] li p[lang]').getAttribute('lang')).to.equal('fr');
  });

  it('the schema refuses a translated entry with a date or a kind: facts are not translated', async () => {
    for (const fact of [{ date: '2024-01-01' }, { kind: 'new' }]) {
      const result = parseCase({ ...(await demoCase()), translations: [{ lang: 'fr', history: [fact] }] });
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.issues[0]!.path).to.match(/^translations\.0\.history\.0/);
    }
  });
});

describe('history: accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const lang of ['en', 'ar']) {
    it(`${lang}: with the notice, the disclosure closed and open`, async () => {
      const el = await renderAfterButton(await seriesCase({ actedDaysAgo: 2.5 }), lang);
      expect(notice(el)).to.exist;
      await expect(el).to.be.accessible();
      disclosure(el).open = true;
      await expect(el).to.be.accessible();
    });
  }
});
