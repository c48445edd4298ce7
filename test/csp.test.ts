import { expect } from '@open-wc/testing';
import { loadPage, waitFor, type FixtureWindow } from './support/helpers.js';

/**
 * Breaks the policy on purpose (an inline style) and waits for that violation: the page reports violations in order, so
 * any the widget caused before would have been reported by then.
 */
async function controlViolation(win: FixtureWindow): Promise<void> {
  const seen = win.__violations.length;
  win.document.body.setAttribute('style', 'color: red');
  await waitFor(() => win.__violations.length > seen, 'the control violation');
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('shows the case from the script tag included twice, and reacts to the reader, with no violation', async () => {
    const win = await loadPage('/test/fixtures/csp.html');
    const el = win.document.querySelector('urgent-action')!;
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('Conviction of Crimeans Must be Quashed');
    expect(root.querySelectorAll('tbody tr').length).to.equal(6);
    // The styles applied (adopted style sheets are allowed by style-src 'self'): the light scheme's accent.
    expect(win.getComputedStyle(root.querySelector('[part~="copy-button"]')!).backgroundColor).to.equal('rgb(176, 0, 32)');

    // Re-render: pick another addressee and sign the letter.
    const select = root.querySelector('select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    const name = root.querySelector<HTMLInputElement>('input[autocomplete="name"]')!;
    name.value = 'Ada Lovelace';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root.querySelector('.signature')!.textContent).to.equal('Ada Lovelace');

    // The report dialog's code and styles arrive on the first click, under the same policy.
    root.querySelector<HTMLElement>('[part~="report-button"]')!.click();
    const dialog = await waitFor(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog to open');
    expect(win.getComputedStyle(dialog).borderTopLeftRadius).to.equal('6px');
    await controlViolation(win);

    expect(win.__violations.slice(0, -1), 'violations before the control').to.deep.equal([]);
    expect(win.__violations.at(-1)).to.match(/^style-src/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('really enforces the policy on that page (so the check above can fail)', async () => {
    const win = await loadPage('/test/fixtures/csp.html');
    win.document.body.setAttribute('style', 'color: red');
    expect(() => (win as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await waitFor(() => win.__violations.length >= 2, 'both violations');
    // eval meets Trusted Types or script-src first, depending on the engine.
    expect(win.__violations.join('\n'))
      .to.match(/style-src/)
      .and.to.match(/script-src|trusted-types/);
  });
});
