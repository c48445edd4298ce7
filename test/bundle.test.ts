import { expect } from '@open-wc/testing';
import { expectSeedAppealReadable, loadPage, waitFor, type FixtureWindow } from './support/helpers.js';

describe('dist/urgent-action.js in a bare page', () => {
  it('shows the whole appeal from one script tag, even when the tag appears twice, and logs no error', async () => {
    const win = await loadPage('/test/fixtures/bare.html');
    const root = win.document.querySelector('urgent-action')!.shadowRoot!;
    expectSeedAppealReadable(root);
    // And the rest: the header, the other official's phone and handle and greeting, the buttons.
    const content = root.textContent!.replace(/\s+/g, ' ');
    for (const fact of ['126.19', 'Conviction of Crimeans Must be Quashed', '+7 (495) 693-13-60', '@RusEmbUSA'])
      expect(content).to.contain(fact);
    for (const fact of ['Dear Chief Military Prosecutor,', 'Copy letter', 'Report your action']) expect(content).to.contain(fact);
    expect(win.__errors).to.deep.equal([]);
  });

  it('only defines the tag on a page without the element: no request, Intl object, storage or timer until one appears', async () => {
    const win = (await loadPage('/test/fixtures/no-widget.html', { widgets: 0 })) as FixtureWindow & { __work: string[] };
    // The element's chunk is imported by the entry, after the page's load event: the tag is defined once it has run.
    // Work for later is noted when the bundle schedules it, so nothing else needs waiting for.
    await waitFor(() => win.customElements.get('urgent-action'), 'the tag to be defined');
    expect(win.__work).to.deep.equal([]);

    // The same notes see the work an element does, once there is one.
    const el = win.document.createElement('urgent-action');
    el.setAttribute('src', '/demo/cases/ua-126-19.json');
    win.document.body.append(el);
    await new Promise((resolve) => el.addEventListener('urgent-action-load', resolve, { once: true }));
    expect(win.__work).to.include('fetch');
    // Plurals are built by the first render itself (the people's sentences); the seed case has no date to format.
    expect(win.__work).to.include('Intl.PluralRules');
    expect(win.__errors).to.deep.equal([]);
  });
});
