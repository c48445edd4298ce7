import { expect } from '@open-wc/testing';
import { loadPage, waitFor } from './support/helpers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

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
    await settle();

    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('really enforces the policy on that page (so the check above can fail)', async () => {
    const win = await loadPage('/test/fixtures/csp.html');
    win.document.body.setAttribute('style', 'color: red');
    expect(() => (win as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await settle();
    // eval meets Trusted Types or script-src first, depending on the engine.
    expect(win.__violations.join('\n'))
      .to.match(/style-src/)
      .and.to.match(/script-src|trusted-types/);
  });
});
