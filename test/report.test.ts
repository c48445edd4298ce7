import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_ACTIONS, MAX_CASES, forgetExpiredActions, readActions, recentActions, recordAction } from '../src/actions/memory.js';
import type { UrgentActionCase } from '../src/case/schema.js';
import type { UrgentActionErrorEvent, UrgentActionReportDetail, UrgentActionReportEvent } from '../src/events.js';
import {
  buildPayload,
  confirmedCounts,
  newReportKey,
  rememberedCounts,
  reportFormUrl,
  WIDGET_VERSION,
  type ReportPayload,
} from '../src/report/payload.js';
import { REPORT_TYPES } from '../src/report/types.js';
import {
  MAX_REPORTS,
  MAX_REPORT_CHARS,
  MAX_SERVER_FAILURES,
  afterFailure,
  isDue,
  keptReports,
  statusOutcome,
  type QueuedReport,
} from '../src/report/queue.js';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { parseOrigins, reportUrlProblem } from '../src/urls.js';
import { $, captureConsoleErrors, openReport, realClick, renderCase, seedCase, text, waitFor } from './support/helpers.js';

const QUEUE = 'urgent-action:reports';
const PETROV = 'Valeriy Georgievich Petrov';
const ANTONOV = 'Anatoly Antonov';

const getJson = async (url: string) => (await fetch(url)).json();
/** How the test endpoint treats the case `id` (per case: the engines run their tests against one server at once). */
const endpointMode = (id: string, mode: 'up' | 'down' | 'fail-once' | 'conflict' | 'reject' | 'broken' | 'not-implemented' | 'huge') =>
  getJson(`/test-api/reports/mode?case=${id}&set=${mode}`);
/** POSTs that reached the endpoint for a case, and reports it stored. */
const endpointLog = (id: string): Promise<{ posts: number; stored: number }> => getJson(`/test-api/reports/log?case=${id}`);
/** Whether requests for the case carried cookies, and the last report the endpoint stored for it. */
const endpointSeen = (id: string): Promise<{ cookies: boolean; last: ReportPayload | null }> =>
  getJson(`/test-api/reports/seen?case=${id}`);
const queued = (): QueuedReport[] => JSON.parse(localStorage.getItem(QUEUE) ?? '[]');
const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The seed case under a fresh id, reporting to the test endpoint, so each test's counts are its own. */
async function reportCase(report: Record<string, unknown> = {}): Promise<UrgentActionCase> {
  const data = await seedCase();
  data.id = `test-${newReportKey().slice(0, 8)}`;
  data.report = { endpoint: `/api/reports?case=${data.id}`, countUrl: `/api/reports/total?case=${data.id}`, ...report };
  return data as UrgentActionCase;
}

const dialogOf = (el: UrgentActionElement) => $(el, 'dialog') as HTMLDialogElement;
const countInput = (el: UrgentActionElement, type: string) => $(el, `input[name="${type}"]`) as HTMLInputElement;
const status = (el: UrgentActionElement) => text($(el, '.report-status'));

/** Reports one e-mail from the dialog to an endpoint answering as `mode` says; `keys` of the reports it sent. */
async function sendOneEmail(mode: Parameters<typeof endpointMode>[1]) {
  const c = await reportCase();
  const el = await renderCase(c);
  await openReport(el);
  setCount(el, 'email', 1);
  const keys: string[] = [];
  el.addEventListener('urgent-action-report', (e) => keys.push(e.detail.key));
  await endpointMode(c.id, mode);
  $(el, '[part~="report-send"]').click();
  return { c, el, keys };
}

function setCount(el: UrgentActionElement, type: string, value: number): void {
  countInput(el, type).value = String(value);
}

describe('report payload (pure)', () => {
  const c = { id: 'ua-126-19', ua: '126.19', targets: [{ name: PETROV }, { name: ANTONOV }] } as UrgentActionCase;
  const at = '2024-05-01T10:00:00.000Z';

  it('counts each type once per target, and a copied letter as a letter only when nothing else went to that target', () => {
    const counts = rememberedCounts(c, [
      { type: 'copy', target: 0, at },
      { type: 'copy', target: 0, at },
      { type: 'copy', target: 1, at },
      { type: 'email', target: 1, at },
      { type: 'email', target: 1, at },
      { type: 'call', target: 1, at },
      { type: 'share', at },
    ]);
    expect(counts).to.deep.equal([
      { type: 'postal mail', target: PETROV, count: 1 },
      { type: 'email', target: ANTONOV, count: 1 },
      { type: 'phone', target: ANTONOV, count: 1 },
    ]);
  });

  it('splits the reader’s numbers over the remembered targets, the rest without a target', () => {
    const remembered = [
      { type: 'email' as const, target: PETROV, count: 1 },
      { type: 'email' as const, target: ANTONOV, count: 1 },
    ];
    expect(confirmedCounts(remembered, { email: 3, fax: 1, phone: 0 })).to.deep.equal([
      { type: 'email', target: PETROV, count: 1 },
      { type: 'email', target: ANTONOV, count: 1 },
      { type: 'email', count: 1 },
      { type: 'fax', count: 1 },
    ]);
    expect(confirmedCounts(remembered, { email: 1 })).to.deep.equal([{ type: 'email', target: PETROV, count: 1 }]);
  });

  it('builds the payload with the total, the origin only and no personal data unless given', () => {
    const actions = [
      { type: 'email' as const, count: 2 },
      { type: 'fax' as const, count: 1 },
    ];
    const payload = buildPayload({ c, key: 'k', actions, at: new Date(at), origin: 'https://partner.example', reporter: {} });
    expect(payload).to.deep.equal({
      case: 'ua-126-19',
      ua: '126.19',
      key: 'k',
      actions,
      total: 3,
      at,
      widget: WIDGET_VERSION,
      origin: 'https://partner.example',
    });
    expect(reportFormUrl('https://example.org/report?lang=en', payload)).to.equal(
      'https://example.org/report?lang=en&ua=126.19&case=ua-126-19&email=2&fax=1&total=3',
    );
  });

  it('makes v4 UUID keys, with or without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newReportKey()).to.match(uuid);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, newReportKey));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(uuid);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });

  it('names the widget version of package.json', async () => {
    expect(WIDGET_VERSION).to.equal((await getJson('/package.json')).version);
  });
});

describe('<urgent-action> report', () => {
  beforeEach(() => localStorage.clear());

  it('prefills what the reader did, and the report arrives at the endpoint with the reader’s counts', async () => {
    const c = await reportCase();
    recordAction(c.id, { type: 'copy', target: 0 });
    recordAction(c.id, { type: 'email', target: 1 });
    const el = await renderCase(c);
    await openReport(el);
    expect(countInput(el, 'postal mail').value).to.equal('1');
    expect(countInput(el, 'email').value).to.equal('1');
    expect(countInput(el, 'fax').value).to.equal('0');
    expect(text(countInput(el, 'email').closest('label')!)).to.equal(`E-mails to ${ANTONOV}`);
    setCount(el, 'phone', 2);
    const reports: UrgentActionReportDetail[] = [];
    el.addEventListener('urgent-action-report', (e: UrgentActionReportEvent) => reports.push(e.detail));
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el) === 'Thank you! Your report has been counted.', 'the thanks');
    expect(dialogOf(el).open).to.be.false;
    expect(reports).to.have.length(1);
    expect(reports[0]!.actions).to.deep.equal([
      { type: 'postal mail', target: PETROV, count: 1 },
      { type: 'email', target: ANTONOV, count: 1 },
      { type: 'phone', count: 2 },
    ]);
    expect(reports[0]).to.include({ case: c.id, ua: '126.19', total: 4, origin: location.origin, widget: WIDGET_VERSION });
    expect(reports[0]).not.to.have.property('reporter');
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 1, stored: 1 });
    expect(await getJson(`/api/reports/total?case=${c.id}`)).to.deep.equal({ total: 4 });
    // Delivered: forgotten, and nothing left to send.
    expect(readActions(c.id)).to.deep.equal([]);
    expect(queued()).to.deep.equal([]);
  });

  it('shows the total in the reader’s number format, and it goes up after a report', async () => {
    const c = await reportCase();
    // Someone else's report first, so the number needs a group separator.
    const other = buildPayload({
      c,
      key: newReportKey(),
      actions: [
        { type: 'email', count: 999 },
        { type: 'fax', count: 235 },
      ],
      at: new Date(),
      origin: 'https://partner.example',
    });
    const posted = await fetch(`/api/reports?case=${c.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(other),
    });
    expect(await posted.json()).to.deep.equal({ total: 1234 });
    const el = await renderCase(c);
    await waitFor(() => el.shadowRoot!.querySelector('[part="report-total"]')?.textContent?.trim(), 'the total');
    expect(text($(el, '[part="report-total"]'))).to.equal('1,234 actions taken so far');
    await openReport(el);
    setCount(el, 'postal mail', 1);
    $(el, '[part~="report-send"]').click();
    await waitFor(() => text($(el, '[part="report-total"]')) === '1,235 actions taken so far', 'the new total');
  });

  it('shows no total when the case gives no count URL', async () => {
    const c = await reportCase();
    const el = await renderCase({ ...c, report: { ...c.report, countUrl: undefined } });
    // The same case with its count URL, rendered after it: once this one shows the total, a count fetched by the
    // first would have arrived too.
    const control = await renderCase(c);
    await waitFor(
      () => control.shadowRoot!.querySelector('[part="report-total"]')?.textContent?.trim(),
      'the total of the case with a count URL',
    );
    expect(el.shadowRoot!.querySelector('[part="report-total"]') === null, 'no total').to.be.true;
  });

  it('sends one report on a double click', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'fax', 1);
    let events = 0;
    el.addEventListener('urgent-action-report', () => events++);
    const send = $(el, '[part~="report-send"]');
    send.click();
    send.click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    // Nothing left to send: no second report waits in the queue.
    expect(queued()).to.deep.equal([]);
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 1, stored: 1 });
    // The host page hears of one report too.
    expect(events).to.equal(1);
  });

  it('takes at most what the report service accepts: 400 per type, all five at once counted', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    for (const type of REPORT_TYPES) setCount(el, type, 400);
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 1, stored: 1 });
    await openReport(el);
    setCount(el, 'email', 401);
    expect(countInput(el, 'email').checkValidity()).to.equal(false);
    $(el, '[part~="report-send"]').click();
    // The form refuses to submit: the dialog stays, nothing more is sent.
    expect(dialogOf(el).open).to.equal(true);
    expect((await endpointLog(c.id)).posts).to.equal(1);
  });

  it('retries a 500 with the same key and counts the report once', async () => {
    // Failing until the test has seen the report saved: a retry that succeeded first would race the checks.
    const { c, el, keys } = await sendOneEmail('broken');
    await waitFor(() => status(el).startsWith('The report service is not answering right now.'), 'the saved message');
    expect(queued()).to.have.length(1);
    await endpointMode(c.id, 'up');
    await waitFor(() => status(el).startsWith('Thank you'), 'the retry');
    const log = await endpointLog(c.id);
    expect(log.posts).to.be.at.least(2);
    expect(log.stored).to.equal(1);
    expect(queued()).to.deep.equal([]);
    // The retry carried the key the report was sent with, so a first attempt stored but unanswered counts once.
    expect([(await endpointSeen(c.id)).last?.key]).to.deep.equal(keys);
  });

  it('ends delivery on a 409 (already counted)', async () => {
    const { c, el } = await sendOneEmail('conflict');
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    // Out of the queue when the reader is told: only a queued report is ever sent again.
    expect(queued()).to.deep.equal([]);
    expect((await endpointLog(c.id)).posts).to.equal(1);
  });

  it('shows another 4xx as an error, keeps the reader’s numbers and does not retry', async () => {
    const c = await reportCase();
    recordAction(c.id, { type: 'fax', target: 0 });
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'phone', 3);
    await endpointMode(c.id, 'reject');
    $(el, '[part~="report-send"]').click();
    const error = $(el, '.report-error');
    await waitFor(() => text(error) !== '', 'the error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('error 422');
    expect(dialogOf(el).open).to.be.true;
    expect(countInput(el, 'fax').value).to.equal('1');
    expect(countInput(el, 'phone').value).to.equal('3');
    // Marked failed when the reader is told: a failed report is never sent again.
    expect(queued().map((r) => r.failed)).to.deep.equal([{ status: 422 }]);
    expect((await endpointLog(c.id)).posts).to.equal(1);
    expect(readActions(c.id)).to.have.length(1);
    // Closed and opened again, the numbers are still the reader's.
    dialogOf(el).close();
    await openReport(el);
    expect(countInput(el, 'phone').value).to.equal('3');
  });

  it('asks for at least one action', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    $(el, '[part~="report-send"]').click();
    await el.updateComplete;
    expect(text($(el, '.report-error'))).to.equal('Enter at least one action.');
    expect((await endpointLog(c.id)).posts).to.equal(0);
  });

  it('is a labelled modal dialog: focus moves in, Escape closes it and focus returns to the Report button', async () => {
    const el = await renderCase(await reportCase());
    const button = $(el, '[part~="report-button"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog');
    const dialog = dialogOf(el);
    expect(dialog.matches(':modal')).to.be.true;
    expect(text(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!)).to.equal('What did you do?');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'the dialog to close');
    expect(el.shadowRoot!.activeElement === button, 'focus on the Report button').to.be.true;
  });

  it('invites the reader to report right after an action', async () => {
    const el = await renderCase(await reportCase());
    expect(status(el)).to.equal('');
    // A real click: copying, and so the action, needs the user activation a script's click() lacks in Firefox and WebKit.
    await realClick($(el, '[part~="copy-button"]'));
    await waitFor(() => status(el) !== '', 'the invitation');
    expect(status(el)).to.equal('Thank you for acting! Report it so it counts: it takes one tap.');
  });

  it('asks for personal details only when the case does, and sends them only with consent', async () => {
    const plain = await renderCase(await reportCase());
    expect(plain.shadowRoot!.querySelector('[name^="reporter-"], [name="consent"]') === null, 'no personal fields').to.be.true;
    const c = await reportCase({ fields: ['name', 'country'], privacyUrl: 'https://example.org/privacy' });
    const el = await renderCase(c);
    const reports: UrgentActionReportDetail[] = [];
    el.addEventListener('urgent-action-report', (e) => reports.push(e.detail));
    const stored: Array<ReportPayload | null> = [];
    for (const consent of [false, true]) {
      await openReport(el);
      ($(el, 'input[name="reporter-name"]') as HTMLInputElement).value = 'Ada Lovelace';
      ($(el, 'input[name="reporter-country"]') as HTMLInputElement).value = 'United Kingdom';
      ($(el, 'input[name="consent"]') as HTMLInputElement).checked = consent;
      setCount(el, 'email', 1);
      $(el, '[part~="report-send"]').click();
      await waitFor(() => !dialogOf(el).open, 'delivery');
      stored.push((await endpointSeen(c.id)).last);
    }
    expect(el.shadowRoot!.querySelector('input[name="reporter-email"]') === null, 'no e-mail field').to.be.true;
    expect(($(el, 'a[href="https://example.org/privacy"]') as HTMLAnchorElement).target).to.equal('_blank');
    expect(stored[0]).not.to.have.property('reporter');
    expect(stored[1]!.reporter).to.deep.equal({ name: 'Ada Lovelace', country: 'United Kingdom' });
    // The host page hears the counts, never the reader's details.
    expect(reports.map((r) => 'reporter' in r)).to.deep.equal([false, false]);
    expect(reports[1]).to.include({ key: stored[1]!.key, total: 1 });
  });

  it('opens the organisation’s form with the UA number and counts when the case has a form URL only', async () => {
    const c = await reportCase({ endpoint: undefined, countUrl: undefined, url: 'https://example.org/report' });
    recordAction(c.id, { type: 'copy', target: 1 });
    const el = await renderCase(c);
    await openReport(el);
    expect(el.shadowRoot!.querySelector('[part~="report-send"]') === null, 'no Send button').to.be.true;
    setCount(el, 'social', 2);
    const reports: UrgentActionReportDetail[] = [];
    el.addEventListener('urgent-action-report', (e) => reports.push(e.detail));
    // Let the link get its address, but keep the test page from opening a tab.
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const link = $(el, '[part~="report-form"]') as HTMLAnchorElement;
    link.click();
    expect(link.href).to.equal(`https://example.org/report?ua=126.19&case=${c.id}&postal+mail=1&social=2&total=3`);
    expect(link.target).to.equal('_blank');
    expect(reports).to.have.length(1);
    expect(dialogOf(el).open).to.be.false;
    expect(readActions(c.id)).to.deep.equal([]);
  });

  it('delivers to an endpoint on another origin (CORS)', async () => {
    const other = `http://127.0.0.1:${location.port}`;
    expect(other).not.to.equal(location.origin);
    const c = await reportCase();
    c.report!.endpoint = `${other}/api/reports?case=${c.id}`;
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'fax', 1);
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    expect((await endpointLog(c.id)).stored).to.equal(1);
  });
});

/** Loads the report fixture page in an iframe; resolves with its widget once the case is on screen. */
async function loadFixture(id: string, query = ''): Promise<{ frame: HTMLIFrameElement; el: UrgentActionElement }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/report.html?id=${id}${query}`;
  document.body.append(frame);
  let el: UrgentActionElement | null = null;
  await waitFor(() => Boolean((el = frame.contentDocument?.querySelector('urgent-action') ?? null)?.caseData), 'the fixture');
  await el!.updateComplete;
  return { frame, el: el! };
}

describe('<urgent-action> report offline', () => {
  beforeEach(() => localStorage.clear());

  it('queues the report while the endpoint is down, keeps it across a reload, and delivers it once when back', async () => {
    const id = `test-${newReportKey().slice(0, 8)}`;
    await endpointMode(id, 'down');
    const first = await loadFixture(id);
    await openReport(first.el);
    setCount(first.el, 'postal mail', 1);
    $(first.el, '[part~="report-send"]').click();
    await waitFor(() => status(first.el).startsWith('You seem to be offline'), 'the saved message');
    expect(queued().map((r) => r.payload.case)).to.deep.equal([id]);
    const key = queued()[0]!.payload.key;
    first.frame.remove();

    // The next visit, still offline: the report waits.
    const second = await loadFixture(id);
    await waitFor(() => status(second.el).startsWith('You seem to be offline'), 'the saved message again');
    expect(queued().map((r) => r.payload.key)).to.deep.equal([key]);

    await endpointMode(id, 'up');
    second.frame.contentWindow!.dispatchEvent(new Event('online'));
    await waitFor(() => status(second.el).startsWith('Thank you'), 'delivery');
    await waitFor(() => text($(second.el, '[part="report-total"]')) === '1 action taken so far', 'the total');
    expect(queued()).to.deep.equal([]);
    second.frame.remove();

    // A third visit finds nothing to send: the endpoint stored exactly one report.
    const third = await loadFixture(id);
    // Shown after the visit's start, when a leftover report would have been sent.
    await waitFor(() => third.el.shadowRoot!.querySelector('[part="report-total"]')?.textContent?.trim(), 'the total on the third visit');
    expect((await endpointLog(id)).stored).to.equal(1);
    expect(await getJson(`/api/reports/total?case=${id}`)).to.deep.equal({ total: 1 });
    third.frame.remove();
  });
});

describe('<urgent-action> report: less common cases', () => {
  beforeEach(() => localStorage.clear());

  it('offers both the form and Send when the case has an endpoint and a form URL: the form keeps the dialog, Send delivers', async () => {
    const c = await reportCase({ url: 'https://example.org/report' });
    recordAction(c.id, { type: 'copy', target: 1 });
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'social', 2);
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const link = $(el, '[part~="report-form"]') as HTMLAnchorElement;
    link.click();
    expect(link.href).to.equal(`https://example.org/report?ua=126.19&case=${c.id}&postal+mail=1&social=2&total=3`);
    // The endpoint still takes the report: nothing is forgotten, the dialog stays for Send.
    expect(dialogOf(el).open).to.be.true;
    expect(readActions(c.id)).to.have.length(1);
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 0, stored: 0 });
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 1, stored: 1 });
    expect(readActions(c.id)).to.deep.equal([]);
  });

  it('sends the report from memory when storage refuses it', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'fax', 1);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'QuotaExceededError');
    };
    try {
      $(el, '[part~="report-send"]').click();
      await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(queued()).to.deep.equal([]);
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 1, stored: 1 });
  });
});

describe('report endpoint (the report service)', () => {
  it('stores a key once, answers the same total for a repeat, refuses what is not a report, and allows CORS', async () => {
    const c = await reportCase();
    const payload = buildPayload({
      c,
      key: newReportKey(),
      actions: [{ type: 'email', count: 2 }],
      at: new Date(),
      origin: location.origin,
    });
    const post = (body: unknown) =>
      fetch(`/api/reports?case=${c.id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const first = await post(payload);
    expect([first.status, await first.json()]).to.deep.equal([200, { total: 2 }]);
    const again = await post(payload);
    expect([again.status, await again.json()]).to.deep.equal([200, { total: 2, duplicate: true }]);
    const bad = await post({ ...payload, key: newReportKey(), actions: [{ type: 'carrier pigeon', count: 1 }] });
    expect(bad.status).to.equal(400);
    const preflight = await fetch('/api/reports', { method: 'OPTIONS' });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-origin')).to.equal('*');
    expect(preflight.headers.get('access-control-allow-headers')).to.equal('content-type');
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 3, stored: 1 });
  });
});

describe('where reports may go (pure)', () => {
  const page = 'https://partner.example/appeal';

  it('allows https, the page’s own origin and loopback; refuses plain http elsewhere, user-info and other schemes', () => {
    for (const ok of [
      'https://reports.example.org/api',
      '/api/reports',
      'http://127.0.0.1:8080/r',
      'http://localhost:3000/r',
      'http://[::1]:3000/r',
    ]) {
      expect(reportUrlProblem(ok, page, page), ok).to.be.undefined;
    }
    expect(reportUrlProblem('http://partner.example/api', 'http://partner.example/', 'http://partner.example/appeal')).to.be.undefined;
    expect(reportUrlProblem('http://reports.example.org/api', page, page)).to.contain('must use https');
    expect(reportUrlProblem('http://reports.example.org/api', 'http://partner.example/', 'http://partner.example/')).to.contain(
      'must use https',
    );
    expect(reportUrlProblem('https://user:secret@reports.example.org/api', page, page)).to.contain('user name or password');
    expect(reportUrlProblem('https://:secret@reports.example.org/api', page, page)).to.contain('user name or password');
    expect(reportUrlProblem('javascript:alert(1)', page, page)).to.contain('not an http(s) URL');
  });

  it('keeps to the host page’s report-origins when it gives them', () => {
    const origins = parseOrigins(' https://reports.example.org/any/path  http://localhost:8080 not-a-url javascript:alert(1) ');
    expect(origins).to.deep.equal(['https://reports.example.org', 'http://localhost:8080']);
    expect(reportUrlProblem('https://reports.example.org/api', page, page, origins)).to.be.undefined;
    expect(reportUrlProblem('https://evil.example/api', page, page, origins)).to.contain("not in the page's report-origins");
    expect(reportUrlProblem('/api/reports', page, page, [])).to.contain('report-origins (none)');
  });
});

describe('stored reports and actions (pure)', () => {
  const now = Date.parse('2026-06-15T12:00:00Z');
  const report = (at: number, extra: Partial<QueuedReport> = {}): QueuedReport => ({
    endpoint: 'https://reports.example.org/api',
    payload: { key: `k${at}`, at: new Date(at).toISOString() } as ReportPayload,
    ...extra,
  });

  it('keeps reports for 14 days, at most MAX_REPORTS of at most MAX_REPORT_CHARS, and nothing malformed', () => {
    expect(
      keptReports([report(now - 13 * DAY), report(now - 15 * DAY), report(now + 30 * DAY)], now).map((r) => r.payload.key),
    ).to.deep.equal([`k${now - 13 * DAY}`]);
    const many = Array.from({ length: MAX_REPORTS + 5 }, (_, i) => report(now - i));
    expect(keptReports(many, now)).to.deep.equal(many.slice(5));
    const large = report(now, { endpoint: `https://reports.example.org/${'x'.repeat(MAX_REPORT_CHARS)}` });
    expect(keptReports([large, null, { endpoint: 1 }, report(now)], now)).to.have.length(1);
    expect(keptReports({ not: 'a list' }, now)).to.deep.equal([]);
  });

  it('keeps remembered actions for 14 days, the latest MAX_ACTIONS', () => {
    const at = (ms: number) => new Date(ms).toISOString();
    expect(
      recentActions(
        [
          { type: 'email', at: at(now - 15 * DAY) },
          { type: 'fax', at: at(now - DAY) },
          { type: 'fax', at: 'soon' },
        ],
        now,
      ),
    ).to.deep.equal([{ type: 'fax', at: at(now - DAY) }]);
    const many = Array.from({ length: MAX_ACTIONS + 10 }, (_, i) => ({ type: 'email', at: at(now - i) }));
    expect(recentActions(many, now)).to.deep.equal(many.slice(10));
  });

  it('tells answers that may succeed later from those that never will', () => {
    for (const status of [200, 201, 204, 409]) expect(statusOutcome(status), String(status)).to.equal('delivered');
    for (const status of [408, 425, 429, 500, 502, 503, 504]) expect(statusOutcome(status), String(status)).to.equal('retry');
    for (const status of [301, 400, 401, 403, 404, 413, 422, 501, 505]) expect(statusOutcome(status), String(status)).to.equal('failed');
  });

  it('backs off after each failure, gives up after MAX_SERVER_FAILURES server errors, and waits out an offline spell', () => {
    let r = report(now);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      r = afterFailure(r, 'server', now, 0.5);
      waits.push(r.retryAt! - now);
    }
    expect(waits).to.deep.equal([1000, 2000, 4000, 8000, 16000]);
    expect(isDue(r, now)).to.be.false;
    // The network coming back hastens only a report that waited for the network.
    expect(isDue(r, now, true)).to.be.false;
    expect(isDue(afterFailure(r, 'offline', now), now, true)).to.be.true;
    expect(isDue(r, r.retryAt!)).to.be.true;
    for (let i = 0; i < 2 * MAX_SERVER_FAILURES && !r.failed; i++) r = afterFailure(r, 'server', now);
    expect(r.serverFailures).to.equal(MAX_SERVER_FAILURES);
    expect(isDue(r, now + 365 * DAY, true)).to.be.false;
    let offline = report(now);
    for (let i = 0; i < 50; i++) offline = afterFailure(offline, 'offline', now, 0.5);
    expect(offline.failed).to.be.undefined;
    expect(offline.retryAt! - now).to.equal(3_600_000);
  });
});

describe('<urgent-action> report safety', () => {
  beforeEach(() => localStorage.clear());

  /** Renders the case with the host page's `report-origins`; resolves with the element and the errors it reported. */
  async function renderWithOrigins(c: UrgentActionCase, origins?: string) {
    const errors: UrgentActionErrorEvent[] = [];
    const collect = (e: UrgentActionErrorEvent) => errors.push(e);
    document.addEventListener('urgent-action-error', collect);
    let el!: UrgentActionElement;
    const logged = await captureConsoleErrors(async () => {
      el = await fixture<UrgentActionElement>(
        html`<urgent-action lang="en" report-origins=${ifDefined(origins)} .case=${c}></urgent-action>`,
      );
      await el.updateComplete;
    });
    document.removeEventListener('urgent-action-error', collect);
    return { el, errors, logged };
  }

  it('names the host that receives the reader’s details in the consent, in each interface language', async () => {
    const c = await reportCase({ endpoint: 'https://reports.example.org/api/reports', countUrl: undefined, fields: ['name', 'email'] });
    const expected = {
      en: 'Send my name and my e-mail address to reports.example.org',
      fr: 'Envoyer mon nom et mon adresse de courriel à reports.example.org',
      es: 'Enviar mi nombre y mi correo electrónico a reports.example.org',
      ar: 'أرسل اسمي و عنوان بريدي الإلكتروني إلى reports.example.org',
    };
    for (const [lang, consent] of Object.entries(expected)) {
      const el = await renderCase(c, lang);
      await openReport(el);
      const label = text($(el, 'input[name="consent"]').closest('label')!);
      // Arabic joins a list with "و" with or without a space, depending on the browser's locale data.
      expect(label.replace('و ', 'و'), lang).to.equal(consent.replace('و ', 'و'));
    }
  });

  it('refuses a plain-http endpoint on another host: the form link instead, and the author is told which field', async () => {
    const c = await reportCase({
      endpoint: 'http://reports.example.org/api/reports',
      url: 'https://example.org/report',
      fields: ['email'],
    });
    const { el, errors, logged } = await renderWithOrigins(c);
    await openReport(el);
    expect(el.shadowRoot!.querySelector('[part~="report-send"]') === null, '[part~="report-send"]').to.be.true;
    expect(el.shadowRoot!.querySelector('input[name="reporter-email"]') === null, 'input[name="reporter-email"]').to.be.true;
    expect(($(el, '[part~="report-form"]') as HTMLAnchorElement).href).to.equal('https://example.org/report');
    expect(errors.map((e) => [e.detail.reason, e.detail.issues?.map((i) => i.path)])).to.deep.equal([
      ['report-refused', ['report.endpoint']],
    ]);
    expect(logged.join('\n')).to.contain('report.endpoint: http://reports.example.org must use https');
    expect(el.caseData !== undefined, 'the case is shown').to.be.true;
  });

  it('shows no report button for an endpoint with user-info and no form link', async () => {
    const c = await reportCase({ endpoint: `http://user:secret@${location.host}/api/reports` });
    const { el, errors } = await renderWithOrigins(c);
    expect(el.shadowRoot!.querySelector('[part="report"]') === null, '[part="report"]').to.be.true;
    expect(el.shadowRoot!.querySelector('[part="letter"]') !== null, '[part="letter"]').to.be.true;
    expect(errors[0]!.detail.issues![0]!.message).to.contain('user name or password');
  });

  it('keeps reports to the host page’s report-origins', async () => {
    const c = await reportCase();
    const refused = await renderWithOrigins(c, 'https://reports.example.org');
    expect(refused.el.shadowRoot!.querySelector('[part="report"]') === null, '[part="report"]').to.be.true;
    expect(refused.errors[0]!.detail.issues!.map((i) => i.path)).to.deep.equal(['report.endpoint', 'report.countUrl']);
    expect((await endpointLog(c.id)).posts).to.equal(0);

    const allowed = await renderWithOrigins(c, `https://reports.example.org ${location.origin}`);
    expect(allowed.errors.length).to.equal(0);
    await openReport(allowed.el);
    setCount(allowed.el, 'email', 1);
    $(allowed.el, '[part~="report-send"]').click();
    await waitFor(() => status(allowed.el).startsWith('Thank you'), 'the thanks');
  });

  it('sends no cookies with the count request or the report', async () => {
    const c = await reportCase();
    document.cookie = 'urgent-action-test=1; path=/';
    try {
      const el = await renderCase(c);
      await waitFor(() => el.shadowRoot!.querySelector('[part="report-total"]')?.textContent?.trim(), 'the total');
      await openReport(el);
      setCount(el, 'fax', 1);
      $(el, '[part~="report-send"]').click();
      await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
      // The page itself does send them, so the endpoint would see any the widget sent.
      await fetch(`/api/reports/total?case=${c.id}-page`);
      expect((await endpointSeen(`${c.id}-page`)).cookies).to.be.true;
      expect((await endpointSeen(c.id)).cookies).to.be.false;
    } finally {
      document.cookie = 'urgent-action-test=; path=/; max-age=0';
    }
  });

  it('reads no more than a small answer from the endpoint', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await waitFor(() => el.shadowRoot!.querySelector('[part="report-total"]')?.textContent?.trim(), 'the total');
    await endpointMode(c.id, 'huge');
    await openReport(el);
    setCount(el, 'email', 1);
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    await el.updateComplete;
    expect(text($(el, '[part="report-total"]'))).not.to.contain('777');
  });

  it('forgets on delivery only the actions taken up to the report', async () => {
    const id = `test-${newReportKey().slice(0, 8)}`;
    await endpointMode(id, 'down');
    const { frame, el } = await loadFixture(id);
    recordAction(id, { type: 'email', target: 0 });
    await openReport(el);
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('You seem to be offline'), 'the saved message');
    await sleep(5);
    recordAction(id, { type: 'fax', target: 1 });
    await endpointMode(id, 'up');
    frame.contentWindow!.dispatchEvent(new Event('online'));
    await waitFor(() => status(el).startsWith('Thank you'), 'delivery');
    expect(readActions(id).map((a) => a.type)).to.deep.equal(['fax']);
    frame.remove();
  });
});

describe('<urgent-action> stored reports', () => {
  beforeEach(() => localStorage.clear());

  /** A report for the fixture's case `id`, stored as an earlier visit left it. */
  const storeReport = (id: string, extra: Partial<QueuedReport> = {}, at = new Date()) => {
    const c = { id, ua: '126.19', targets: [] } as unknown as UrgentActionCase;
    const payload = buildPayload({ c, key: newReportKey(), actions: [{ type: 'email', count: 2 }], at, origin: location.origin });
    const report: QueuedReport = { endpoint: new URL(`/api/reports?case=${id}`, location.href).href, payload, ...extra };
    localStorage.setItem(QUEUE, JSON.stringify([...queued(), report]));
    return report;
  };

  it('keeps the backoff over a reload and an online event', async () => {
    const id = `test-${newReportKey().slice(0, 8)}`;
    storeReport(id, { tries: 3, serverFailures: 3, lastFailure: 'server', retryAt: Date.now() + 60_000 });
    // The control: a report that waited only for the network, which the online event sends at once.
    const control = `test-${newReportKey().slice(0, 8)}`;
    storeReport(control, { tries: 1, lastFailure: 'offline', retryAt: Date.now() + 60_000 });
    const { frame, el } = await loadFixture(id);
    await waitFor(() => status(el).startsWith('The report service is not answering right now.'), 'the saved message');
    frame.contentWindow!.dispatchEvent(new Event('online'));
    await waitFor(async () => (await endpointLog(control)).stored === 1, 'the control report delivered');
    expect((await endpointLog(id)).posts).to.equal(0);
    expect(status(el)).to.equal('The report service is not answering right now. Your report is saved and will be sent later.');
    frame.remove();
  });

  it('drops a report older than 14 days instead of sending it', async () => {
    const id = `test-${newReportKey().slice(0, 8)}`;
    storeReport(id, {}, new Date(Date.now() - 15 * DAY));
    recordAction(id, { type: 'email' }, new Date(Date.now() - 15 * DAY));
    const { frame } = await loadFixture(id);
    // Dropped, not sent: a report on its way would reach the endpoint before it leaves the queue.
    await waitFor(() => queued().length === 0, 'the old report dropped');
    expect((await endpointLog(id)).posts).to.equal(0);
    expect(localStorage.getItem(`urgent-action:${id}:actions`)).to.be.null;
    frame.remove();
  });

  it('remembers the actions of at most MAX_CASES cases', () => {
    for (let i = 0; i < MAX_CASES + 5; i++) recordAction(`case-${i}`, { type: 'email' }, new Date(Date.now() - (MAX_CASES + 5 - i) * 1000));
    forgetExpiredActions();
    const kept = Object.keys(localStorage).filter((k) => k.endsWith(':actions'));
    expect(kept).to.have.length(MAX_CASES);
    expect(kept).not.to.include('urgent-action:case-0:actions');
    expect(kept).to.include(`urgent-action:case-${MAX_CASES + 4}:actions`);
  });

  for (const [what, setUp] of [
    [
      'an endpoint with user-info (fetch refuses it)',
      (id: string) => storeReport(id, { endpoint: `http://user:secret@${location.host}/api/reports?case=${id}` }),
    ],
    ['a 501 answer', async (id: string) => (await endpointMode(id, 'not-implemented'), storeReport(id))],
    [
      'a server that keeps failing',
      async (id: string) => (await endpointMode(id, 'broken'), storeReport(id, { serverFailures: MAX_SERVER_FAILURES - 1 })),
    ],
  ] as const) {
    it(`marks a report failed for ${what}, says so with the form link, and does not try it again`, async () => {
      const id = `test-${newReportKey().slice(0, 8)}`;
      await setUp(id);
      const first = await loadFixture(id, '&form=1');
      const failed = `Your report could not be delivered to ${location.host} and will not be sent again.`;
      await waitFor(() => status(first.el).startsWith(failed), 'the failure');
      const posts = (await endpointLog(id)).posts;
      expect(queued().map((r) => Boolean(r.failed))).to.deep.equal([true]);
      first.frame.remove();

      const second = await loadFixture(id, '&form=1');
      // Shown as failed from the stored state, and never sent again.
      await waitFor(() => status(second.el) === `${failed} Open the report form`, 'the failure on the next visit');
      expect((await endpointLog(id)).posts).to.equal(posts);
      const form = $(second.el, '.report-status a') as HTMLAnchorElement;
      expect(form.href).to.equal(`https://example.org/report?ua=126.19&case=${id}&email=2&total=2`);
      second.el.shadowRoot!.addEventListener('click', (e) => e.preventDefault(), { once: true });
      form.click();
      expect(queued()).to.deep.equal([]);
      second.frame.remove();
    });
  }
});
