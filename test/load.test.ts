import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { UrgentActionErrorEvent } from '../src/events.js';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, $$, captureConsoleErrors, renderCase, renderFromSrc, requestCount, seedCase, text, waitFor } from './support/helpers.js';

/** Renders `<urgent-action src>` (no src at all when undefined) and resolves with the error event it fires. */
async function failingSrc(src: string | undefined, timeout?: number) {
  const el = document.createElement('urgent-action');
  if (timeout) el.timeout = timeout;
  const failed = oneEvent(el, 'urgent-action-error') as Promise<UrgentActionErrorEvent>;
  if (src !== undefined) el.src = src;
  let event!: UrgentActionErrorEvent;
  const logged = await captureConsoleErrors(async () => {
    await fixture(html`<div>${el}</div>`);
    event = await failed;
    await el.updateComplete;
  });
  return { el, event, logged };
}

/** An id no other engine's run of the same test uses: the engines share the test server. */
const uniqueId = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

/** What the test server knows of the request `id`: whether it arrived, and whether its connection closed unanswered. */
const serverSaw = async (id: string): Promise<{ received: boolean; aborted: boolean }> =>
  (await fetch(`/test-api/aborted?id=${id}`)).json();

/** Waits until the test server has the request `id`: a request aborted before it was sent proves nothing. */
const requestArrived = (id: string) => waitFor(async () => (await serverSaw(id)).received, `request ${id} to reach the server`);

/** Waits until the request `id` was given up: from then on, no answer to it can reach the widget. */
const requestAborted = (id: string) => waitFor(async () => (await serverSaw(id)).aborted, `request ${id} to be aborted`);

/** Answers a request made with `?hold&id=`. */
const release = (id: string) => fetch(`/test-api/release?id=${id}`);

describe('<urgent-action> loading', () => {
  it('shows a placeholder that reserves space while the case loads', async () => {
    const el = document.createElement('urgent-action');
    const id = uniqueId('placeholder');
    el.src = `/test-api/case?hold&id=${id}`;
    await fixture(html`<div>${el}</div>`);
    const placeholder = $(el, '.placeholder');
    expect(placeholder.getAttribute('role')).to.equal('status');
    expect(text(placeholder)).to.equal('Loading the appeal…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    const loaded = oneEvent(el, 'urgent-action-load');
    await requestArrived(id);
    await release(id);
    await loaded;
  });

  it('takes the case property, validated like any case', async () => {
    const el = await renderCase(await seedCase());
    expect(text($(el, '.title'))).to.equal('Conviction of Crimeans Must be Quashed');
  });

  it('takes an inline JSON case for pages that cannot fetch', async () => {
    const data = await seedCase();
    data.title = 'Inline title';
    // Built by hand: Lit templates can't bind inside <script>.
    const host = document.createElement('div');
    host.innerHTML = '<urgent-action><script type="application/json"></script></urgent-action>';
    host.querySelector('script')!.textContent = JSON.stringify(data);
    const el = host.firstElementChild as UrgentActionElement;
    await fixture(html`<div>${host}</div>`);
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Inline title');
  });

  /** `<urgent-action src>` with an inline copy of the seed case titled `title`, as the WordPress plug-in writes it. */
  async function withInlineCopy(src: string, title: string): Promise<UrgentActionElement> {
    const data = await seedCase();
    data.title = title;
    const host = document.createElement('div');
    host.innerHTML = '<urgent-action><script type="application/json"></script></urgent-action>';
    host.querySelector('script')!.textContent = JSON.stringify(data);
    const el = host.firstElementChild as UrgentActionElement;
    el.src = src;
    await fixture(html`<div>${host}</div>`);
    await el.updateComplete;
    return el;
  }

  it('shows an inline copy at once, then the case from src once it has loaded', async () => {
    const id = uniqueId('inline-then-src');
    const el = await withInlineCopy(`/test-api/case?hold&title=Fresh&id=${id}`, 'Inline copy');
    await requestArrived(id);
    // The request is still held: the copy is on screen, not a placeholder.
    expect(text($(el, '.title'))).to.equal('Inline copy');
    expect(Boolean(el.shadowRoot!.querySelector('.placeholder'))).to.equal(false);
    const refreshed = oneEvent(el, 'urgent-action-load');
    await release(id);
    expect((await refreshed).detail.case.title).to.equal('Fresh');
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Fresh');
  });

  it('keeps the inline copy when src cannot be loaded, and says why in the console only', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await withInlineCopy('/test-api/status?code=404', 'Inline copy');
      await waitFor(() => warnings.length, 'the warning about src');
      expect(warnings[0]).to.contain('showing the inline copy of the case');
      expect(text($(el, '.title'))).to.equal('Inline copy');
      expect(Boolean(el.shadowRoot!.querySelector('[part~="error"]'))).to.equal(false);
    } finally {
      console.warn = warn;
    }
  });

  it('shows the last src set, even when an older request answers later', async () => {
    const el = document.createElement('urgent-action');
    const id = uniqueId('last-wins-old');
    el.src = `/test-api/case?hold&title=Old&id=${id}`;
    await fixture(html`<div>${el}</div>`);
    await requestArrived(id);
    const loads: string[] = [];
    el.addEventListener('urgent-action-load', (e) => loads.push(e.detail.case.title));
    el.src = '/test-api/case?title=New';
    await oneEvent(el, 'urgent-action-load');
    // Once the server has seen the old request given up, no answer to it can come.
    await requestAborted(id);
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('New');
    expect(loads).to.deep.equal(['New']);
  });

  it('aborts its request when removed from the page', async () => {
    const el = document.createElement('urgent-action');
    const id = uniqueId('removed');
    el.src = `/test-api/case?hold&id=${id}`;
    const host = await fixture(html`<div>${el}</div>`);
    let loaded = false;
    el.addEventListener('urgent-action-load', () => (loaded = true));
    await requestArrived(id);
    host.removeChild(el);
    await requestAborted(id);
    expect(loaded).to.be.false;
  });
});

describe('<urgent-action> taken off the page and put back', () => {
  it('while its case is loading (moved on the page): it loads again and shows the case', async () => {
    const el = document.createElement('urgent-action');
    const id = uniqueId('reattached');
    el.src = `/test-api/case?hold&id=${id}`;
    const host = await fixture(html`<div><div id="elsewhere"></div>${el}</div>`);
    await requestArrived(id);
    const loaded = oneEvent(el, 'urgent-action-load');
    // Moving an element takes it off the page and puts it back at once.
    host.querySelector('#elsewhere')!.append(el);
    await requestAborted(id);
    await waitFor(async () => (await requestCount(id)) === 2, 'the request made again');
    await release(id);
    await loaded;
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Conviction of Crimeans Must be Quashed');
  });

  it('while lazy, before it neared the viewport: it loads once scrolled to', async () => {
    const el = document.createElement('urgent-action');
    el.loading = 'lazy';
    el.src = '/test-api/case?title=Lazy';
    const host = await fixture<HTMLDivElement>(html`<div><div style="height: 400vh"></div></div>`);
    host.append(el);
    await el.updateComplete;
    // Moved before it came near the viewport.
    host.prepend(el);
    host.append(el);
    const loaded = oneEvent(el, 'urgent-action-load');
    el.scrollIntoView();
    await loaded;
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Lazy');
  });
});

describe('<urgent-action> inline JSON', () => {
  it('waits for the parser when an async module script upgrades it before its inline case has arrived', async () => {
    const id = uniqueId('inline-late');
    const frame = document.createElement('iframe');
    frame.src = `/test-api/inline-page?id=${id}`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const early = await waitFor(
        () => win.document?.readyState === 'loading' && win.document.querySelector<UrgentActionElement>('urgent-action')?.shadowRoot,
        'the element upgraded while the page is still loading',
      );
      expect(early.querySelector('[role="status"]')?.textContent).to.equal('Loading the appeal…');
      await release(id);
      const el = win.document.querySelector<UrgentActionElement>('urgent-action')!;
      await waitFor(() => el.caseData, 'the inline case');
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.title')!)).to.equal('Conviction of Crimeans Must be Quashed');
    } finally {
      frame.remove();
    }
  });

  it('explains invalid inline JSON to the reader and the author', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<urgent-action><script type="application/json">{"version": 1, "title": </script></urgent-action>';
    const el = host.firstElementChild as UrgentActionElement;
    const failed = oneEvent(el, 'urgent-action-error') as Promise<UrgentActionErrorEvent>;
    let event!: UrgentActionErrorEvent;
    const logged = await captureConsoleErrors(async () => {
      await fixture(html`<div>${host}</div>`);
      event = await failed;
    });
    await el.updateComplete;
    expect(event.detail.reason).to.equal('json');
    expect(event.detail.message).to.contain('the inline case is not valid JSON');
    expect(logged.join('\n')).to.contain('the inline case is not valid JSON');
    expect(text($(el, '[role="alert"]'))).to.contain('This appeal can’t be shown right now.');
  });

  it('says what is missing when it has no src, no case and no inline JSON', async () => {
    const { event, logged, el } = await failingSrc(undefined);
    expect(event.detail.reason).to.equal('missing-source');
    expect(logged.join('\n')).to.contain('give a src attribute, a case property or an inline JSON script');
    expect($(el, '[role="alert"]')).to.exist;
  });

  it('follows a lang set after the case has loaded', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<urgent-action><script type="application/json"></script></urgent-action>';
    host.querySelector('script')!.textContent = JSON.stringify(await seedCase());
    const el = host.firstElementChild as UrgentActionElement;
    await fixture(html`<div>${host}</div>`);
    await el.updateComplete;
    expect(text($(el, '[part~="copy-button"]'))).to.equal('Copy letter');
    el.lang = 'fr';
    await el.updateComplete;
    expect($(el, '.root').getAttribute('lang')).to.equal('fr');
    expect(text($(el, '[part~="copy-button"]'))).to.equal('Copier la lettre');
  });
});

describe('<urgent-action> errors', () => {
  // Each fault has its own message for the reader; the ones that may pass offer to try again.
  const cases: Array<[string, string, string, RegExp, boolean]> = [
    ['404', '/test-api/status?code=404', 'http', /^This appeal can’t be shown right now\. This appeal could not be found\.$/, false],
    ['500', '/test-api/status?code=500', 'http', /has a problem\. Please try again later/, true],
    ['403', '/test-api/status?code=403', 'http', /is not available right now/, false],
    ['wrong content type', '/test-api/case?type=text/html', 'content-type', /does not point to an appeal/, false],
    ['invalid JSON', '/test-api/invalid-json', 'json', /could not be read/, false],
    ['a body over 1 MB', '/test-api/big', 'too-large', /too large/, false],
    ['a connection that breaks part-way', '/test-api/cut', 'aborted', /connection broke\. Please try again/, true],
    ['an unreachable server', 'http://127.0.0.1:9/case.json', 'network', /check your connection/, true],
  ];
  for (const [name, src, reason, readerMessage, transient] of cases) {
    it(`explains ${name} to the reader and the author`, async () => {
      const { el, event, logged } = await failingSrc(src);
      expect(event.detail.reason).to.equal(reason);
      expect(event.detail.src).to.contain(src.replace(/^\//, ''));
      const alert = $(el, '[role="alert"]');
      expect(text(alert)).to.match(readerMessage);
      expect(logged.join('\n')).to.contain(event.detail.message);
      expect(alert.querySelectorAll('button').length, 'a retry button').to.equal(transient ? 1 : 0);
    });
  }

  it('tells a server that refuses this page (CORS) from one that cannot be reached', async () => {
    const { origin } = await (await fetch('/test-api/cross-origin')).json();
    const { el, event } = await failingSrc(`${origin}/case`);
    expect(event.detail.reason).to.equal('cors');
    expect(event.detail.message).to.contain(`could not load ${origin}/case: the server does not allow this page`);
    expect(text($(el, '[role="alert"]'))).to.match(/does not allow showing it here/);
    expect($$(el, '[role="alert"] button')).to.have.length(0);
    // The same server, once it sends CORS headers, is fine: the failure above was the refusal alone.
    const allowed = await renderFromSrc(`${origin}/case?cors=1`);
    expect(text($(allowed, '.title'))).to.equal('Conviction of Crimeans Must be Quashed');
  });

  it('gives up after the timeout and offers to try again', async () => {
    const { el, event } = await failingSrc('/test-api/case?delay=1500', 300);
    expect(event.detail.reason).to.equal('timeout');
    const retry = $(el, '[role="alert"] button');
    expect(text(retry)).to.equal('Try again');
    el.timeout = 15_000;
    retry.click();
    await oneEvent(el, 'urgent-action-load');
  });

  it('names every invalid field for the author, and keeps the reader message short', async () => {
    const data = await seedCase();
    data.people[2].sentence.years = 'twelve';
    data.targets[1].social.x = 'not a handle!';
    delete data.letter.closing;
    const el = document.createElement('urgent-action');
    const failed = oneEvent(el, 'urgent-action-error') as Promise<UrgentActionErrorEvent>;
    let event!: UrgentActionErrorEvent;
    const logged = await captureConsoleErrors(async () => {
      el.case = data;
      await fixture(html`<div>${el}</div>`);
      event = await failed;
    });
    await el.updateComplete;
    expect(event.detail.reason).to.equal('invalid');
    expect(event.detail.issues!.map((i) => i.path)).to.have.members(['people.2.sentence.years', 'targets.1.social.x', 'letter.closing']);
    expect(logged[0]).to.contain('people.2.sentence.years:');
    expect(logged[0]).to.contain('targets.1.social.x: must be a X (Twitter) handle');
    expect(text($(el, '[role="alert"]'))).to.equal(
      'This appeal can’t be shown right now. The appeal’s details contain a mistake, so it can’t be shown.',
    );
  });

  it('shows the light-DOM fallback content when the case cannot be shown', async () => {
    const el = await fixture<UrgentActionElement>(
      html`<urgent-action src="/test-api/status?code=404"><a href="https://example.org/ua">Read the appeal</a></urgent-action>`,
    );
    await captureConsoleErrors(() => oneEvent(el, 'urgent-action-error'));
    await el.updateComplete;
    const slot = $(el, 'slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Read the appeal']);
  });
});
