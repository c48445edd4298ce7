import { expect } from '@open-wc/testing';
import { $, openReport, renderFromSrc, text, waitFor } from './support/helpers.js';

const getJson = async (url: string) => (await fetch(url)).json();

describe('a case served from another origin', () => {
  beforeEach(() => localStorage.clear());

  it('resolves its relative link, count URL and report endpoint against the case’s URL, not the page’s', async () => {
    const { origin } = await getJson('/test-api/cross-origin');
    expect(new URL(origin).origin).to.not.equal(location.origin);
    const id = `origin-${Math.random().toString(36).slice(2)}`;
    const el = await renderFromSrc(`${origin}/relative-case?id=${id}`);

    expect(($(el, '[part="header"] a') as HTMLAnchorElement).href).to.equal(`${origin}/appeals/${id}`);
    // 41 is the other origin's count: the page's own server knows nothing of this case.
    await waitFor(() => el.shadowRoot!.querySelector('[part="report-total"]')?.textContent?.trim(), 'the total from the case’s origin');
    expect(text($(el, '[part="report-total"]'))).to.equal('41 actions taken so far');

    await openReport(el);
    ($(el, 'input[name="email"]') as HTMLInputElement).value = '1';
    $(el, '[part~="report-send"]').click();
    await waitFor(() => text($(el, '.report-status')).startsWith('Thank you'), 'the thanks');
    expect(await getJson(`${origin}/reports/log?case=${id}`)).to.deep.equal({ posts: 1 });
    expect(await getJson(`/test-api/reports/log?case=${id}`)).to.deep.equal({ posts: 0, stored: 0 });
    expect(text($(el, '[part="report-total"]'))).to.equal('42 actions taken so far');
  });
});
