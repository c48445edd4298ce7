import { expect } from '@open-wc/testing';
import { parseCase } from '../src/case/parse.js';
import { $, $$, renderCase, renderFromSrc, seedCase, text } from './support/helpers.js';

describe('<urgent-action> renders the UA 126.19 case from src', () => {
  it('shows the header: UA number, country, title, kind and status', async () => {
    const el = await renderFromSrc();
    const header = $(el, '[part="header"]');
    expect(text($(el, '.ua'))).to.match(/^urgent action 126\.19$/i);
    expect(header.textContent).to.contain('Russian Federation');
    expect(text($(el, '[role="heading"][aria-level="2"]'))).to.equal('Conviction of Crimeans Must be Quashed');
    expect(text(header)).to.contain('Update');
    expect(text(header)).to.contain('Open for action');
    expect($(el, 'section.root').getAttribute('aria-labelledby')).to.equal('title');
  });

  it('shows the summary', async () => {
    const el = await renderFromSrc();
    expect(text($(el, '[part="summary"]'))).to.contain('The Russian Military Court of Appeal will imminently review the verdict');
  });

  it('lists all six people in a real table, each with their sentence', async () => {
    const el = await renderFromSrc();
    const table = $(el, 'table[part="people"]');
    expect(text(table.querySelector('caption')!)).to.equal('People concerned');
    expect($$(el, 'thead th[scope="col"]').map(text)).to.deep.equal(['Name', 'Sentence']);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => ({
      name: text(row.querySelector('th[scope="row"] .person-name')!),
      sentence: text(row.querySelector('td .sentence')!),
    }));
    expect(rows).to.deep.equal([
      { name: 'Emir-Usein Kuku', sentence: '12 years' },
      { name: 'Muslim Aliev', sentence: '19 years' },
      { name: 'Vadim Siruk', sentence: '12 years' },
      { name: 'Enver Bekirov', sentence: '18 years' },
      { name: 'Arsen Dzhepparov', sentence: '7 years' },
      { name: 'Refat Alimov', sentence: '8 years' },
    ]);
    expect(text(table)).to.contain('also written Muslim Aliyev');
  });

  it('shows a card per target with every contact as a usable link', async () => {
    const el = await renderFromSrc();
    const [prosecutor, ambassador] = $$(el, '[part="target"]');
    expect(text(prosecutor!)).to.contain('Valeriy Georgievich Petrov');
    expect(text(prosecutor!)).to.contain('Chief Military Prosecutor');
    expect(text(prosecutor!)).to.contain('+7 (495) 693-13-60');
    expect(text(prosecutor!)).to.contain('please only send physical mail to the Embassy');
    expect(prosecutor!.querySelector('a[href^="mailto:"]'), 'hidden e-mails are never invented').to.equal(null);

    const card = text(ambassador!);
    for (const fact of [
      'Anatoly Antonov',
      'Ambassador',
      'Embassy of the Russian Federation',
      '2650 Wisconsin Ave. NW',
      'Washington DC 20007',
      '202 298 5735',
      'Dear Ambassador',
    ]) {
      expect(card).to.contain(fact);
    }
    const links = [...ambassador!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:2022985700');
    expect(links).to.include('https://x.com/RusEmbUSA');
    expect(links).to.include('https://www.facebook.com/RusEmbUSA');
    expect(links).to.include('https://www.instagram.com/RusEmbUSA/');
    expect(ambassador!.querySelector('address')).to.exist;
  });

  it('shows the letter from the first greeting to the closing, with copy and report buttons', async () => {
    const el = await renderFromSrc();
    const letter = $(el, '[part="letter"]');
    expect(text($(el, '.greeting'))).to.equal('Dear Chief Military Prosecutor,');
    const body = (letter.querySelector('textarea') as HTMLTextAreaElement).value;
    expect(body.startsWith('I am writing to you concerning the case of human rights defender Emir-Usein Kuku')).to.be.true;
    expect(body.endsWith('and their criminal records are cleared.')).to.be.true;
    expect(text($(el, '.closing'))).to.equal('Yours sincerely,');
    expect(text($(el, '[part~="copy-button"]'))).to.equal('Copy letter');
    expect(text($(el, '[part~="report-button"]'))).to.equal('Report your action');
  });

  it('fires urgent-action-load once, with the case', async () => {
    let count = 0;
    const listener = () => count++;
    document.addEventListener('urgent-action-load', listener);
    const el = await renderFromSrc();
    el.headingLevel = 3;
    await el.updateComplete;
    document.removeEventListener('urgent-action-load', listener);
    expect(count).to.equal(1);
    expect(el.caseData?.ua).to.equal('126.19');
  });

  it('fits the heading levels to the host page', async () => {
    const el = await renderFromSrc();
    el.headingLevel = 4;
    await el.updateComplete;
    expect(text($(el, '[role="heading"][aria-level="4"]'))).to.equal('Conviction of Crimeans Must be Quashed');
    expect($$(el, '[role="heading"][aria-level="5"]').map(text)).to.include('Your letter');
  });
});

describe('<urgent-action> renders a case with many targets', () => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('lays out cards out of view only when the reader scrolls to them, and each one reads in full there', async () => {
    const data = await seedCase();
    const [first] = data['targets'];
    data['targets'] = Array.from({ length: 40 }, (_, i) => ({ ...first, name: `Official number ${i + 1}` }));
    const el = await renderCase(data);
    const cards = $$(el, '.cards > li');
    expect(cards).to.have.length(40);
    const last = cards.at(-1)!;
    expect(getComputedStyle(last).contentVisibility).to.equal('auto');
    // In the document (and so to find-in-page and assistive technology) before it is laid out.
    expect(last.textContent).to.contain('Official number 40');
    last.scrollIntoView();
    await nextFrame();
    expect(text(last)).to.contain('Official number 40');
    expect(text(last)).to.contain('+7 (495) 693-13-60');
    window.scrollTo(0, 0);
  });

  it('lays out every card at once in a case with a few', async () => {
    const el = await renderFromSrc();
    const cards = $$(el, '.cards > li');
    expect(cards).to.have.length(2);
    for (const card of cards) expect(getComputedStyle(card).contentVisibility).to.equal('visible');
  });
});

describe('<urgent-action> renders an outcome', () => {
  it('shows an ended appeal that has no letter and no targets, with its outcome and no actions', async () => {
    const data = await seedCase();
    Object.assign(data, { kind: 'outcome', status: 'success', outcome: 'All six men were released.', targets: [], actions: [] });
    delete data.letter;
    const el = await renderCase(data);
    expect(text($(el, '[part="outcome"]'))).to.contain('All six men were released.');
    expect(el.shadowRoot!.querySelector('[part="letter"]') === null, 'no letter').to.be.true;
    expect(el.shadowRoot!.querySelector('a[href^="tel:"], a[href^="mailto:"]') === null, 'no call or e-mail link').to.be.true;
  });

  it('still needs a letter while the appeal is open', async () => {
    const data = await seedCase();
    delete data.letter;
    expect(parseCase(data)).to.deep.equal({ ok: false, issues: [{ path: 'letter', message: 'an open appeal needs a letter' }] });
  });
});
