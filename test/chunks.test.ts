import { expect } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { loadPage, waitFor, type FixtureWindow } from './support/helpers.js';

/** The script-tag build's files this page has loaded, by the name they have before their hash. */
const chunksLoaded = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => /\/(urgent-action(?:-[a-z-]+?)?)(?:-[\w-]{8})?\.js(?:\?|$)/.exec(entry.name)?.[1])
    .filter(Boolean);

describe('dist/urgent-action.js loads what a page needs when it needs it', () => {
  beforeEach(() => localStorage.removeItem('urgent-action:reports'));

  it('an English appeal: the entry and the element, no other language, no report dialog', async () => {
    const win = await loadPage('/test/fixtures/bare.html');
    const loaded = chunksLoaded(win);
    expect(loaded).to.include.members(['urgent-action', 'urgent-action-define']);
    for (const lazy of [
      'urgent-action-fr',
      'urgent-action-es',
      'urgent-action-ar',
      'urgent-action-report-dialog',
      'urgent-action-copies',
    ]) {
      expect(loaded).not.to.include(lazy);
    }
  });

  it('a French page loads the French strings and shows a French interface', async () => {
    const win = await loadPage('/demo/fr.html');
    expect(chunksLoaded(win)).to.include('urgent-action-fr');
    expect(chunksLoaded(win)).not.to.include('urgent-action-es');
    const root = win.document.querySelector('urgent-action')!.shadowRoot!;
    expect(root.querySelector('[part~="copy-button"]')!.textContent!.trim()).to.equal('Copier la lettre');
    expect(root.querySelector('[part~="report-button"]')!.textContent!.trim()).to.equal('Signaler votre action');
  });

  it('the report dialog loads on the first click, then opens', async () => {
    const win = await loadPage('/test/fixtures/bare.html');
    const el = win.document.querySelector<UrgentActionElement>('urgent-action')!;
    const root = el.shadowRoot!;
    expect(root.querySelector('dialog') === null, 'no dialog before the first click').to.equal(true);
    const rules = () => root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(rules(), 'no dialog styles before the first click').not.to.contain('.report-dialog');
    root.querySelector<HTMLElement>('[part~="report-button"]')!.click();
    await waitFor(() => Boolean(root.querySelector<HTMLDialogElement>('dialog')?.open), 'the dialog to open');
    expect(chunksLoaded(win)).to.include('urgent-action-report-dialog');
    expect(Boolean(root.querySelector('[part~="report-send"]')), 'a Send button').to.equal(true);
    // Styled by the styles that came with it: the widget's corner radius, not the browser's square dialog.
    expect(win.getComputedStyle(root.querySelector('dialog')!).borderTopLeftRadius).to.equal('6px');
    expect((win as FixtureWindow).__errors).to.deep.equal([]);
  });

  it('print and download load on first use, and work from the first click', async () => {
    const win = await loadPage('/test/fixtures/bare.html');
    const el = win.document.querySelector<UrgentActionElement>('urgent-action')!;
    const button = (label: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="letter"] button')].find((b) => b.textContent!.trim() === label)!;
    expect(chunksLoaded(win)).not.to.include('urgent-action-copies');

    // The print window opens within the click; the letter is laid out in it once its code is here.
    const sheet = win.document.createElement('iframe');
    win.document.body.append(sheet);
    let printed = false;
    sheet.contentWindow!.print = () => (printed = true);
    win.open = () => sheet.contentWindow;
    button('Print').click();
    await waitFor(() => printed, 'the letter to be printed');
    expect(chunksLoaded(win)).to.include('urgent-action-copies');
    expect(sheet.contentDocument!.body.textContent).to.contain('I am writing to you concerning');

    let saved: string | undefined;
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = this.download;
    };
    button('Download (.txt)').click();
    await waitFor(() => saved !== undefined, 'the letter to be saved');
    expect(saved).to.equal('ua-126-19-letter.txt');
    expect((win as FixtureWindow).__errors).to.deep.equal([]);
  });
});
