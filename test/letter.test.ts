import { expect } from '@open-wc/testing';
import { readActions } from '../src/actions/memory.js';
import { $, pasteClipboard, realClick, renderFromSrc, text } from './helpers.js';

describe('<urgent-action> letter', () => {
  it('greets the addressee the reader chooses', async () => {
    const el = await renderFromSrc();
    const select = $(el, 'select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).to.deep.equal([
      'Valeriy Georgievich Petrov (Chief Military Prosecutor)',
      'Anatoly Antonov (Ambassador)',
    ]);
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.greeting'))).to.equal('Dear Ambassador,');
  });

  it('signs the letter with the name the reader types, and keeps their edits when the addressee changes', async () => {
    const el = await renderFromSrc();
    const name = $(el, 'input[autocomplete="name"]') as HTMLInputElement;
    name.value = 'Ada Lovelace';
    name.dispatchEvent(new Event('input'));
    const body = $(el, 'textarea') as HTMLTextAreaElement;
    body.value = 'My own words.';
    body.dispatchEvent(new Event('input'));
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.closing'))).to.equal('Yours sincerely, Ada Lovelace');
    expect(body.value).to.equal('My own words.');
    expect(el.letterText).to.equal('Dear Ambassador,\n\nMy own words.\n\nYours sincerely,\nAda Lovelace');
  });

  it('copies exactly the visible letter to the clipboard and says so', async () => {
    const el = await renderFromSrc();
    const name = $(el, 'input[autocomplete="name"]') as HTMLInputElement;
    name.value = 'Ada Lovelace';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await realClick($(el, '[part~="copy-button"]'));
    await waitFor(() => text($(el, '.copy-status')) !== '');
    expect(text($(el, '.copy-status'))).to.contain('Letter copied');
    expect($(el, '.copy-status').getAttribute('role')).to.equal('status');
    // Pasted back like a reader would: Firefox and WebKit don't let a page read the clipboard.
    const copied = await pasteClipboard();
    const visible = [
      text($(el, '.greeting')),
      ($(el, 'textarea') as HTMLTextAreaElement).value,
      'Yours sincerely,\nAda Lovelace',
    ].join('\n\n');
    expect(copied).to.equal(visible);
    expect(copied.startsWith('Dear Chief Military Prosecutor,\n\nI am writing to you')).to.be.true;
  });

  it('tells the host page about the copy and remembers it for the report', async () => {
    localStorage.clear();
    const el = await renderFromSrc();
    const actions: unknown[] = [];
    document.addEventListener('urgent-action-action', (e) => actions.push(e.detail), { once: true });
    await realClick($(el, '[part~="copy-button"]'));
    await waitFor(() => actions.length > 0);
    expect(actions).to.deep.equal([{ type: 'copy', target: 0 }]);
    expect(readActions('ua-126-19').map((a) => a.type)).to.deep.equal(['copy']);
  });

  it('says when copying failed and selects the letter for copying by hand', async () => {
    const el = await renderFromSrc();
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const execCommand = document.execCommand;
    clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    document.execCommand = () => false;
    try {
      $(el, '[part~="copy-button"]').click();
      await waitFor(() => text($(el, '.copy-status')) !== '');
    } finally {
      clipboard.writeText = original;
      document.execCommand = execCommand;
    }
    expect(text($(el, '.copy-status'))).to.contain('did not allow copying');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'textarea'));
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
