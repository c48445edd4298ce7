import { expect } from '@open-wc/testing';
import { readActions } from '../src/actions/memory.js';
import { hasEnded, localDate } from '../src/case/format.js';
import { $, $$, pasteClipboard, realClick, renderCase, renderFromSrc, seedCase, text, waitFor } from './support/helpers.js';
import type { UrgentActionElement } from '../src/urgent-action.js';

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

  it('lists the addressees in the interface language, keeping the one chosen', async () => {
    const el = await renderFromSrc('/demo/cases/ua-126-19-translated.json');
    // Loaded once here, the French strings come back without a loading state: the list is rendered again in place.
    el.lang = 'fr';
    await el.updateComplete;
    el.lang = 'en';
    await el.updateComplete;
    selectAddressee(el, 1);
    await el.updateComplete;
    const select = $(el, 'select') as HTMLSelectElement;
    const labels = () => [...select.options].map((o) => o.text);
    expect(labels()).to.deep.equal(['Valeriy Georgievich Petrov (Chief Military Prosecutor)', 'Anatoly Antonov (Ambassador)']);
    el.lang = 'fr';
    await el.updateComplete;
    expect($(el, 'select'), 'the same list').to.equal(select);
    expect(labels()).to.deep.equal(['Valeriy Georgievich Petrov (Procureur militaire en chef)', 'Anatoly Antonov (Ambassadeur)']);
    expect(select.value).to.equal('1');
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

  it("keeps the reader's letter, name and addressee while another language's strings load", async () => {
    const el = await renderFromSrc('/demo/cases/ua-126-19-translated.json');
    typeInto(el, 'input[autocomplete="name"]', 'Ada Lovelace');
    typeInto(el, 'textarea', 'My own words.');
    selectAddressee(el, 1);
    await el.updateComplete;
    // No other test here loads the Spanish strings: the widget waits for them, its letter out of the page meanwhile.
    el.lang = 'es';
    await el.updateComplete;
    expect(text($(el, '#letter-heading')), 'the interface in Spanish').to.equal('Tu carta');
    expect(($(el, 'select') as HTMLSelectElement).value).to.equal('1');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('My own words.');
    expect(($(el, 'input[autocomplete="name"]') as HTMLInputElement).value).to.equal('Ada Lovelace');
    expect(el.letterText).to.match(/^Dear Ambassador,\n\nMy own words\.\n\n.+\nAda Lovelace$/);
  });

  it('copies exactly the visible letter to the clipboard and says so', async () => {
    const el = await renderFromSrc();
    const name = $(el, 'input[autocomplete="name"]') as HTMLInputElement;
    name.value = 'Ada Lovelace';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await realClick($(el, '[part~="copy-button"]'));
    await waitFor(() => text($(el, '[part="letter"] .notice')) !== '');
    expect(text($(el, '[part="letter"] .notice'))).to.contain('Letter copied');
    expect($(el, '[part="letter"] .notice').getAttribute('role')).to.equal('status');
    // Pasted back like a reader would: Firefox and WebKit don't let a page read the clipboard.
    const copied = await pasteClipboard();
    const visible = [text($(el, '.greeting')), ($(el, 'textarea') as HTMLTextAreaElement).value, 'Yours sincerely,\nAda Lovelace'].join(
      '\n\n',
    );
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

  it('copies through the selection when the Clipboard API refuses (a plain-http page, an iframe without permission)', async () => {
    const el = await renderFromSrc();
    // A name no other test signs with: what is pasted back can only come from this copy.
    const name = $(el, 'input[autocomplete="name"]') as HTMLInputElement;
    name.value = `Grace Hopper ${Math.random().toString(36).slice(2)}`;
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    try {
      await realClick($(el, '[part~="copy-button"]'));
      await waitFor(() => text($(el, '[part="letter"] .notice')) !== '', 'the copy notice');
    } finally {
      clipboard.writeText = writeText;
    }
    expect(text($(el, '[part="letter"] .notice'))).to.contain('Letter copied');
    expect(await pasteClipboard()).to.equal(el.letterText);
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
      await waitFor(() => text($(el, '[part="letter"] .notice')) !== '');
    } finally {
      clipboard.writeText = original;
      document.execCommand = execCommand;
    }
    expect(text($(el, '[part="letter"] .notice'))).to.contain('did not allow copying');
    expect(el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus on the letter').to.be.true;
  });
});

describe('<urgent-action> sending the letter', () => {
  /** Follows a link the way a tap does, without leaving the test page. */
  async function follow(link: HTMLElement): Promise<string> {
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('click', stay);
    try {
      await realClick(link);
    } finally {
      document.removeEventListener('click', stay);
    }
    return link.getAttribute('href')!;
  }

  /**
   * The seed case with a test-only e-mail address for the Ambassador (the real one is unknown), and a letter short
   * enough to travel inside a mailto: link.
   */
  async function caseWithEmail(): Promise<UrgentActionElement> {
    const data = await seedCase();
    data.targets[1].email = ['embassy@example.org'];
    data.letter.subject = 'Quash the convictions & free #Crimea 6';
    data.letter.body = [
      'I am writing about Emir-Usein Kuku (Эмир-Усеин Куку) & 5 others: 100% innocent.',
      'Free them + #CrimeanTatars now.',
    ];
    const el = await renderCase(data);
    typeInto(el, 'input[autocomplete="name"]', 'Zoë Ñandú 😀');
    typeInto(el, 'input.place', 'Kraków, Polska');
    await el.updateComplete;
    return el;
  }

  function mailParams(url: string): Record<string, string> {
    const query = url.slice(url.indexOf('?') + 1);
    return Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  }

  it('signs with the city and country under the name', async () => {
    const el = await caseWithEmail();
    expect(text($(el, '.closing'))).to.equal('Yours sincerely, Zoë Ñandú 😀 Kraków, Polska');
    expect(el.letterText.endsWith('Yours sincerely,\nZoë Ñandú 😀\nKraków, Polska')).to.be.true;
  });

  it('offers e-mail only for a target with an address, as a valid mailto: with the subject and the letter', async () => {
    localStorage.clear();
    const el = await caseWithEmail();
    expect($$(el, '[part="letter"] a[href^="mailto:"]')).to.have.length(0);
    const events: unknown[] = [];
    el.addEventListener('urgent-action-action', (e) => events.push(e.detail));
    const card = $$(el, '[part="target"]')[1]!;
    const link = card.querySelector<HTMLElement>('a[href^="mailto:"]')!;
    expect(mailParams(link.getAttribute('href')!)['body'], 'greets its own target before any click').to.match(/^Dear Ambassador,/);
    const url = await follow(link);
    await el.updateComplete;
    expect(text($(el, '.greeting')), 'e-mailing a target makes it the addressee').to.equal('Dear Ambassador,');
    expect(($(el, 'select') as HTMLSelectElement).value, 'and the addressee list says so').to.equal('1');
    expect(url.startsWith('mailto:embassy@example.org?subject=')).to.be.true;
    expect(mailParams(url)).to.deep.equal({
      subject: 'Quash the convictions & free #Crimea 6',
      body: el.letterText.replace(/\n/g, '\r\n'),
    });
    expect(el.letterText.startsWith('Dear Ambassador,\n\nI am writing about Emir-Usein Kuku (Эмир-Усеин Куку) & 5')).to.be.true;
    expect(events).to.deep.equal([{ type: 'email', target: 1 }]);
    expect(readActions('ua-126-19').map((a) => a.type)).to.deep.equal(['email']);

    const [app, gmail, outlook] = $$(el, '[part="letter"] [role="group"] a');
    expect(text($(el, '#send-label'))).to.equal('Send it to Anatoly Antonov');
    expect(app!.getAttribute('href')).to.equal(url);
    expect(gmail!.getAttribute('href')!.startsWith('https://mail.google.com/mail/?view=cm&fs=1&to=embassy@example.org&su=')).to.be.true;
    expect(outlook!.getAttribute('href')!.startsWith('https://outlook.live.com/mail/0/deeplink/compose?to=embassy@example.org&subject=')).to
      .be.true;
    expect(gmail!.getAttribute('target')).to.equal('_blank');
  });

  it('sends the letter as it stands when the link is followed, edits included', async () => {
    const el = await caseWithEmail();
    selectAddressee(el, 1);
    await el.updateComplete;
    typeInto(el, 'textarea', 'My own words: 100% + more & #hope');
    const url = await follow($$(el, '[part="letter"] [role="group"] a')[1]!);
    expect(mailParams(url)['body']).to.equal(
      'Dear Ambassador,\r\n\r\nMy own words: 100% + more & #hope\r\n\r\nYours sincerely,\r\nZoë Ñandú 😀\r\nKraków, Polska',
    );
  });

  it('copies a 6,000-character letter first, then opens the e-mail asking to paste it', async () => {
    const el = await caseWithEmail();
    selectAddressee(el, 1);
    await el.updateComplete;
    typeInto(el, 'textarea', 'Free them now. '.repeat(400));
    expect(el.letterText.length).to.be.above(6_000);
    const url = await follow($$(el, '[part="letter"] [role="group"] a')[0]!);
    expect(url.length).to.be.at.most(1_800);
    expect(mailParams(url)).to.deep.equal({
      subject: 'Quash the convictions & free #Crimea 6',
      body: '(Paste your letter here: it has been copied.)',
    });
    await waitFor(() => text($(el, '[part="letter"] .notice')) !== '');
    expect(text($(el, '[part="letter"] .notice'))).to.equal('Letter copied. Paste it into the e-mail that opens.');
    expect(await pasteClipboard()).to.equal(el.letterText);
  });

  it('goes back to the sample text, and says so', async () => {
    const el = await renderFromSrc();
    typeInto(el, 'textarea', 'Scrap this.');
    $(el, '.reset').click();
    await el.updateComplete;
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal(el.caseData!.letter.body.join('\n\n'));
    expect(el.letterText).to.contain('I am writing to you concerning');
    expect(text($(el, '[part="letter"] .notice'))).to.equal('The sample text is back.');
  });

  it('prints the letter with the recipient’s address block and the date', async () => {
    localStorage.clear();
    const el = await renderFromSrc();
    selectAddressee(el, 1);
    typeInto(el, 'input[autocomplete="name"]', 'Ada Lovelace');
    await el.updateComplete;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    let printed = false;
    frame.contentWindow!.print = () => (printed = true);
    clickPrint(el, () => frame.contentWindow);
    await waitFor(() => printed, 'the print dialog');
    const doc = frame.contentDocument!;
    const address = doc.querySelector('address')!.innerText;
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.innerText);
    frame.remove();
    // The print window took the focus; the clipboard tests that follow need it back.
    window.focus();
    expect(printed).to.be.true;
    expect(address).to.equal('Anatoly Antonov\nAmbassador, Embassy of the Russian Federation\n2650 Wisconsin Ave. NW\nWashington DC 20007');
    expect(paragraphs[0]).to.match(/^[A-Z][a-z]+ \d{1,2}, 20\d\d$/);
    expect(paragraphs.slice(1).join('\n\n')).to.equal(el.letterText);
    expect(readActions('ua-126-19').map((a) => a.type)).to.deep.equal(['postal']);
  });

  it('says so when the print window is blocked', async () => {
    const el = await renderFromSrc();
    clickPrint(el, () => null);
    await el.updateComplete;
    expect(text($(el, '[part="letter"] .notice'))).to.contain('blocked the print window');
  });

  it('downloads the letter as a plain-text file', async () => {
    const el = await renderFromSrc();
    typeInto(el, 'input[autocomplete="name"]', 'Ada Lovelace');
    await el.updateComplete;
    let saved: { blob: Blob; name: string } | undefined;
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = { blob: blob!, name: this.download };
    };
    try {
      $$(el, '[part="letter"] button')
        .find((b) => text(b) === 'Download (.txt)')!
        .click();
      await waitFor(() => saved !== undefined, 'the download');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved!.name).to.equal('ua-126-19-letter.txt');
    expect(saved!.blob.type).to.equal('text/plain;charset=utf-8');
    expect(await saved!.blob.text()).to.equal(el.letterText);
  });
});

describe('<urgent-action> contacting each target', () => {
  it('copies a fax number and an address, and announces it in the card', async () => {
    localStorage.clear();
    const el = await renderFromSrc();
    const [prosecutor, ambassador] = $$(el, '[part="target"]');
    const faxButton = prosecutor!.querySelector<HTMLElement>('button[aria-label="Copy fax number +7 (495) 693-13-60"]')!;
    expect(text(faxButton)).to.equal('Copy');
    await realClick(faxButton);
    await waitFor(() => text(prosecutor!.querySelector('.notice')!) !== '');
    expect(prosecutor!.querySelector('.notice')!.getAttribute('role')).to.equal('status');
    expect(text(prosecutor!.querySelector('.notice')!)).to.equal('Copied.');
    expect(await pasteClipboard()).to.equal('+7 (495) 693-13-60');

    await realClick(ambassador!.querySelector<HTMLElement>('button[aria-label="Copy the address of Anatoly Antonov"]')!);
    await waitFor(() => text(ambassador!.querySelector('.notice')!) !== '');
    expect(text(prosecutor!.querySelector('.notice')!), 'one message at a time').to.equal('');
    expect(await pasteClipboard()).to.equal(
      'Anatoly Antonov\nAmbassador, Embassy of the Russian Federation\n2650 Wisconsin Ave. NW\nWashington DC 20007',
    );
    expect(readActions('ua-126-19').map((a) => [a.type, a.target])).to.deep.equal([
      ['fax', 0],
      ['postal', 1],
    ]);
  });

  it('keeps every card in step with its own notice, the interface language and the heading level', async () => {
    const el = await renderFromSrc();
    // Loaded once here, the French strings come back without a loading state: the cards are rendered again in place.
    el.lang = 'fr';
    await el.updateComplete;
    el.lang = 'en';
    await el.updateComplete;
    const [prosecutor, ambassador] = $$(el, '[part="target"]');
    const notice = (card: Element | undefined) => text(card!.querySelector('.notice')!);
    await realClick(prosecutor!.querySelector<HTMLElement>('.link-button')!);
    await waitFor(() => notice(prosecutor) === 'Copied.', 'the first card’s notice');

    el.lang = 'fr';
    el.headingLevel = 4;
    await el.updateComplete;
    expect($$(el, '[part="target"]'), 'the same cards').to.deep.equal([prosecutor, ambassador]);
    for (const card of [prosecutor!, ambassador!]) {
      expect(text(card.querySelector('.link-button')!)).to.equal('Copier');
      expect(card.querySelector('.target-name')!.getAttribute('aria-level')).to.equal('6');
    }
    expect(notice(prosecutor), 'a notice outlives a change of wording').to.equal('Copied.');

    await realClick(ambassador!.querySelector<HTMLElement>('.link-button')!);
    await waitFor(() => notice(ambassador) === 'Copié.', 'the second card’s notice');
    expect(notice(prosecutor), 'one message at a time').to.equal('');
  });

  it('gives a call script beside the phone number, and remembers the call', async () => {
    localStorage.clear();
    const el = await renderFromSrc();
    const ambassador = $$(el, '[part="target"]')[1]!;
    const script = ambassador.querySelector('details.script')!;
    expect(text(script.querySelector('summary')!)).to.equal('What to say');
    expect(script.querySelector('p')!.textContent).to.equal(
      'Hello, my name is … I am calling about Urgent Action 126.19. I am writing to you concerning the case of human rights defender Emir-Usein Kuku and his co-defendants Muslim Aliev, Vadim Siruk, Enver Bekirov, Arsen Dzhepparov and Refat Alimov.',
    );
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('click', stay);
    ambassador.querySelector<HTMLElement>('a[href="tel:2022985700"]')!.click();
    document.removeEventListener('click', stay);
    expect(readActions('ua-126-19').map((a) => [a.type, a.target])).to.deep.equal([['call', 1]]);

    const data = await seedCase();
    data.callScript = 'Please free them.';
    const custom = await renderCase(data);
    expect($$(custom, 'details.script p').map((p) => p.textContent)).to.deep.equal(['Please free them.']);
  });

  it('posts on X naming the target’s handle, within 280 characters', async () => {
    const el = await renderFromSrc();
    const post = $$(el, '[part="target"]')[1]!.querySelector<HTMLAnchorElement>('a[href^="https://x.com/intent/tweet"]')!;
    expect(text(post)).to.equal('Post on X to @RusEmbUSA');
    expect(new URL(post.href).searchParams.get('text')).to.equal('@RusEmbUSA Conviction of Crimeans Must be Quashed');

    const data = await seedCase();
    data.socialMessage = `{handle} ${'Free Emir-Usein Kuku & his co-defendants! '.repeat(6).trim()}`;
    data.link = 'https://example.org/ua-126-19';
    const custom = await renderCase(data);
    const text280 = new URL($(custom, 'a[href^="https://x.com/intent/tweet"]').getAttribute('href')!).searchParams.get('text')!;
    expect(text280.startsWith('@RusEmbUSA Free Emir-Usein Kuku & his')).to.be.true;
    expect(text280.endsWith('… https://example.org/ua-126-19')).to.be.true;
    expect(text280.length - 'https://example.org/ua-126-19'.length + 23).to.be.at.most(280);
  });
});

describe('<urgent-action> sharing the appeal', () => {
  it('copies the appeal’s link and offers share links where the Web Share API is missing', async () => {
    const data = await seedCase();
    data.link = 'https://example.org/ua-126-19';
    const el = await renderCase(data);
    const share = $(el, '[part="share"]');
    expect(text(share.querySelector('[role="heading"]')!)).to.equal('Share this appeal');
    expect([...share.querySelectorAll('a')].map((a) => text(a))).to.deep.equal(['X', 'Facebook', 'E-mail']);
    await realClick([...share.querySelectorAll('button')].find((b) => text(b) === 'Copy link')!);
    await waitFor(() => text(share.querySelector('.notice')!) !== '');
    expect(text(share.querySelector('.notice')!)).to.equal('Copied.');
    expect(await pasteClipboard()).to.equal('https://example.org/ua-126-19');
  });

  it('shares the page’s address as it stands, for an appeal without a link of its own', async () => {
    const el = await renderFromSrc();
    const shared = () => new URL($(el, '[part="share"] a[href*="facebook"]').getAttribute('href')!).searchParams.get('u');
    expect(shared()).to.equal(location.href);
    const page = location.href;
    history.replaceState(null, '', '#moved');
    try {
      typeInto(el, 'input[autocomplete="name"]', 'Ada Lovelace');
      await el.updateComplete;
      expect(shared()).to.equal(`${page.split('#')[0]}#moved`);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('uses the Web Share API where the browser has it', async () => {
    localStorage.clear();
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    try {
      const el = await renderFromSrc();
      const share = $(el, '[part="share"]');
      expect(share.querySelectorAll('a')).to.have.length(0);
      share.querySelector('button')!.click();
      await waitFor(() => readActions('ua-126-19').length > 0);
      expect(shared).to.deep.equal([{ title: 'Conviction of Crimeans Must be Quashed', url: location.href }]);
      expect(readActions('ua-126-19').map((a) => a.type)).to.deep.equal(['share']);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});

describe('<urgent-action> after the appeal has ended', () => {
  it('shows the ended notice, and no live contact links or actions, once the deadline has passed', async () => {
    const el = await renderCase({ ...(await seedCase()), deadline: '2020-06-25' });
    const outcome = $(el, '[part="outcome"]');
    expect(text(outcome)).to.equal(
      'This appeal has ended The deadline for this appeal has passed. No further action is needed. Thank you to everyone who took action.',
    );
    expect(
      $$(
        el,
        'a[href^="tel:"], a[href^="mailto:"], a[href*="x.com"], a[href*="facebook"], textarea, [part~="copy-button"], [part="target"], [part="share"], [part="report"]',
      ),
    ).to.have.length(0);
  });

  it('gives the outcome of a successful case', async () => {
    const data = await seedCase();
    data.status = 'success';
    data.outcome = 'All six were released on 3 June.';
    const el = await renderCase(data);
    expect(text($(el, '[part="outcome"]'))).to.contain('Good news: this appeal succeeded. All six were released on 3 June.');
    expect($$(el, '[part="letter"]')).to.have.length(0);
  });

  it('keeps acting open until the end of the deadline day, in the reader’s calendar', () => {
    const open = { status: 'open', deadline: '2026-03-10' } as const;
    expect(hasEnded(open, new Date(2026, 2, 10, 0, 0, 0))).to.equal(false);
    expect(hasEnded(open, new Date(2026, 2, 10, 23, 59, 59, 999))).to.equal(false);
    expect(hasEnded(open, new Date(2026, 2, 11, 0, 0, 0))).to.equal(true);
  });

  it('shows the actions of an open case whose deadline is still ahead', async () => {
    const data = await seedCase();
    // Tomorrow: still ahead even if the test runs across midnight.
    data.deadline = localDate(new Date(Date.now() + 86_400_000));
    const el = await renderCase(data);
    expect($$(el, '[part="outcome"]')).to.have.length(0);
    expect($$(el, '[part="letter"]')).to.have.length(1);
  });
});

describe('<urgent-action> action area on a phone', () => {
  it('has targets of at least 24×24 px and a name for every control', async () => {
    const data = await seedCase();
    data.targets[1].email = ['embassy@example.org'];
    const el = await renderCase(data);
    el.style.width = '360px';
    await el.updateComplete;
    // The report dialog's controls are checked with the dialog open, in test/a11y.test.ts.
    const reachable = $$(el, 'button, [part~="button"], .card a, .mail, summary, input, select, textarea').filter(
      (c) => !c.closest('dialog:not([open])'),
    );
    for (const control of reachable) {
      const box = control.getBoundingClientRect();
      const name = control.getAttribute('aria-label') ?? (text(control) || control.closest('label')?.textContent);
      expect(name, control.outerHTML).to.be.ok;
      expect(box.width, control.outerHTML).to.be.at.least(24);
      expect(box.height, control.outerHTML).to.be.at.least(24);
    }
  });
});

function typeInto(el: UrgentActionElement, selector: string, value: string): void {
  const field = $(el, selector) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

function selectAddressee(el: UrgentActionElement, index: number): void {
  const select = $(el, 'select') as HTMLSelectElement;
  select.value = String(index);
  select.dispatchEvent(new Event('change'));
}

/**
 * Clicks Print with `window.open` answering `opened`: the print window, or null when the browser blocks it. Print
 * opens its window within the click, so `window.open` is put back once the click has returned.
 */
function clickPrint(el: UrgentActionElement, opened: () => Window | null): void {
  const open = window.open;
  window.open = opened;
  try {
    $$(el, '[part="letter"] button')
      .find((b) => text(b) === 'Print')!
      .click();
  } finally {
    window.open = open;
  }
}
