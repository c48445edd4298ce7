import { expect } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { expectSeedAppealReadable, expectShareLinksUnaddressed, loadPage, waitFor, type FixtureWindow } from './support/helpers.js';

/** Loads a page in an iframe and resolves once it has loaded (scripts or not). */
async function openFrame(path: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

// Actions or reports stored by other test files would add their notices to the page the script takes over.
beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('urgent-action:')) localStorage.removeItem(key);
});

describe('a pre-rendered embed (urgent-action render)', () => {
  it('shows every person, official, contact, the greeting and the letter with scripts disabled', async () => {
    // A sandbox without allow-scripts: the page's scripts never run, declarative shadow DOM still does.
    const frame = await openFrame('/test-prerendered/inline.html', 'allow-same-origin');
    const el = frame.contentDocument!.querySelector('urgent-action')!;
    expect(frame.contentWindow!.customElements.get('urgent-action')).to.equal(undefined);
    expectSeedAppealReadable(el.shadowRoot!);
    expectShareLinksUnaddressed(el.shadowRoot!);
    frame.remove();
  });

  for (const kind of ['inline', 'src']) {
    it(`takes over in place (${kind}): the same layout, then the reader can act`, async () => {
      const win = (await loadPage(`/test-prerendered/${kind}.html`)) as FixtureWindow;
      const el = win.document.querySelector<UrgentActionElement>('urgent-action')!;
      const root = el.shadowRoot!;
      // One appeal, not the pre-rendered one beside the element's own.
      expect(root.querySelectorAll('.root').length).to.equal(1);
      expect(root.querySelectorAll('style').length).to.equal(0);
      expect(el.letterText).to.match(/^Dear Chief Military Prosecutor,/);
      const select = root.querySelector('select')!;
      select.value = '1';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.letterText).to.match(/^Dear Ambassador,/);
      // Taken over, the share links carry the page's address.
      const facebook = root.querySelector<HTMLAnchorElement>('[part="share"] a[href*="facebook"]')!;
      expect(new URL(facebook.href).searchParams.get('u')).to.equal(win.location.href);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('keeps the page below where it was while the script takes over and the total arrives', async () => {
    const frame = await openFrame('/test-prerendered/src.html');
    const doc = frame.contentDocument!;
    const before = doc.getElementById('below')!.getBoundingClientRect().top;
    const el = doc.querySelector<UrgentActionElement>('urgent-action')!;
    await waitFor(() => el.caseData, 'the case from src');
    // The total is the last thing to arrive; its line was kept for it.
    await waitFor(() => el.shadowRoot!.querySelector('[part~="report-total"]')?.textContent?.trim(), 'the total');
    await el.updateComplete;
    expect(Math.abs(doc.getElementById('below')!.getBoundingClientRect().top - before)).to.be.below(2);
    frame.remove();
  });
});
