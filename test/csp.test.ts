import { expect } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';

type FixtureWindow = Window & { __errors: string[]; __violations: string[] };

/** Loads a fixture page in an iframe and resolves with its window and widget once the case is shown. */
async function loadPage(path: string): Promise<{ win: FixtureWindow; el: UrgentActionElement }> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.src = path;
  document.body.append(frame);
  const win = frame.contentWindow as FixtureWindow;
  for (let waited = 0; waited < 8000; waited += 50) {
    const el = win.document?.querySelector('urgent-action') as UrgentActionElement | null;
    if (el?.caseData) {
      await el.updateComplete;
      return { win, el };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the widget on ${path} never showed its case`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('shows the case from the script tag included twice, and reacts to the reader, with no violation', async () => {
    const { win, el } = await loadPage('/test/fixtures/bare.html?csp=strict');
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('Conviction of Crimeans Must be Quashed');
    expect(root.querySelectorAll('tbody tr').length).to.equal(6);
    // The styles applied (adopted style sheets are allowed by style-src 'self').
    expect(win.getComputedStyle(el).getPropertyValue('--_accent').trim()).to.equal('#b00020');

    // Re-render: pick another addressee and sign the letter.
    const select = root.querySelector('select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    const name = root.querySelector<HTMLInputElement>('input[autocomplete="name"]')!;
    name.value = 'Ada Lovelace';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root.querySelector('.signature')!.textContent).to.equal('Ada Lovelace');
    await settle();

    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('really enforces the policy on that page (so the check above can fail)', async () => {
    const { win } = await loadPage('/test/fixtures/bare.html?csp=strict');
    win.document.body.setAttribute('style', 'color: red');
    expect(() => (win as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await settle();
    // eval meets Trusted Types or script-src first, depending on the engine.
    expect(win.__violations.join('\n')).to.match(/style-src/).and.to.match(/script-src|trusted-types/);
  });
});
