import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readActions, recordAction } from '../src/actions/memory.js';
import type { UrgentActionCase } from '../src/case/schema.js';
import type { UrgentActionReportEvent } from '../src/events.js';
import {
  buildPayload,
  confirmedCounts,
  newReportKey,
  rememberedCounts,
  reportFormUrl,
  WIDGET_VERSION,
  type ReportPayload,
} from '../src/report/payload.js';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, realClick, renderCase, seedCase, text } from './helpers.js';

const QUEUE = 'urgent-action:reports';
const PETROV = 'Valeriy Georgievich Petrov';
const ANTONOV = 'Anatoly Antonov';

const getJson = async (url: string) => (await fetch(url)).json();
/** How the test endpoint treats the case `id` (per case: the engines run their tests against one server at once). */
const endpointMode = (id: string, mode: 'up' | 'down' | 'fail-once' | 'conflict' | 'reject') =>
  getJson(`/test-api/reports/mode?case=${id}&set=${mode}`);
/** POSTs that reached the endpoint for a case, and reports it stored. */
const endpointLog = (id: string): Promise<{ posts: number; stored: number }> => getJson(`/test-api/reports/log?case=${id}`);
const queued = (): Array<{ payload: ReportPayload }> => JSON.parse(localStorage.getItem(QUEUE) ?? '[]');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (await condition()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

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

async function openReport(el: UrgentActionElement): Promise<HTMLDialogElement> {
  $(el, '[part~="report-button"]').click();
  // The dialog's code loads on this first click: it is in the DOM once it has.
  await waitFor(() => Boolean(el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open), 'the dialog to open');
  return dialogOf(el);
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
    const actions = [{ type: 'email' as const, count: 2 }, { type: 'fax' as const, count: 1 }];
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
    const reports: ReportPayload[] = [];
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
    const other = buildPayload({ c, key: newReportKey(), actions: [{ type: 'email', count: 999 }, { type: 'fax', count: 235 }], at: new Date(), origin: 'https://partner.example' });
    const posted = await fetch(`/api/reports?case=${c.id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(other) });
    expect(await posted.json()).to.deep.equal({ total: 1234 });
    const el = await renderCase(c);
    await waitFor(() => el.shadowRoot!.querySelector('[part="report-total"]') !== null, 'the total');
    expect(text($(el, '[part="report-total"]'))).to.equal('1,234 actions taken so far');
    await openReport(el);
    setCount(el, 'postal mail', 1);
    $(el, '[part~="report-send"]').click();
    await waitFor(() => text($(el, '[part="report-total"]')) === '1,235 actions taken so far', 'the new total');
  });

  it('shows no total when the case gives no count URL', async () => {
    const c = await reportCase({ countUrl: undefined });
    const el = await renderCase(c);
    await sleep(300);
    expect(el.shadowRoot!.querySelector('[part="report-total"]')).to.be.null;
  });

  it('sends one report on a double click', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'fax', 1);
    const send = $(el, '[part~="report-send"]');
    send.click();
    send.click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    await sleep(1500);
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 1, stored: 1 });
  });

  it('retries a 500 with the same key and counts the report once', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'email', 1);
    await endpointMode(c.id, 'fail-once');
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('You seem to be offline'), 'the saved message');
    expect(queued()).to.have.length(1);
    await waitFor(() => status(el).startsWith('Thank you'), 'the retry');
    expect(await endpointLog(c.id)).to.deep.equal({ posts: 2, stored: 1 });
    expect(queued()).to.deep.equal([]);
  });

  it('ends delivery on a 409 (already counted)', async () => {
    const c = await reportCase();
    const el = await renderCase(c);
    await openReport(el);
    setCount(el, 'email', 1);
    await endpointMode(c.id, 'conflict');
    $(el, '[part~="report-send"]').click();
    await waitFor(() => status(el).startsWith('Thank you'), 'the thanks');
    await sleep(1500);
    expect((await endpointLog(c.id)).posts).to.equal(1);
    expect(queued()).to.deep.equal([]);
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
    await sleep(1500);
    expect((await endpointLog(c.id)).posts).to.equal(1);
    expect(queued()).to.deep.equal([]);
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
    await waitFor(() => dialogOf(el).open, 'the dialog');
    const dialog = dialogOf(el);
    expect(dialog.matches(':modal')).to.be.true;
    expect(text(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!)).to.equal('What did you do?');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'the dialog to close');
    expect(el.shadowRoot!.activeElement).to.equal(button);
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
    expect((await renderCase(await reportCase())).shadowRoot!.querySelector('[name^="reporter-"], [name="consent"]')).to.be.null;
    const c = await reportCase({ fields: ['name', 'country'], privacyUrl: 'https://example.org/privacy' });
    const el = await renderCase(c);
    const reports: ReportPayload[] = [];
    el.addEventListener('urgent-action-report', (e) => reports.push(e.detail));
    for (const consent of [false, true]) {
      await openReport(el);
      ($(el, 'input[name="reporter-name"]') as HTMLInputElement).value = 'Ada Lovelace';
      ($(el, 'input[name="reporter-country"]') as HTMLInputElement).value = 'United Kingdom';
      ($(el, 'input[name="consent"]') as HTMLInputElement).checked = consent;
      setCount(el, 'email', 1);
      $(el, '[part~="report-send"]').click();
      await waitFor(() => !dialogOf(el).open, 'delivery');
    }
    expect(el.shadowRoot!.querySelector('input[name="reporter-email"]')).to.be.null;
    expect(($(el, 'a[href="https://example.org/privacy"]') as HTMLAnchorElement).target).to.equal('_blank');
    expect(reports[0]).not.to.have.property('reporter');
    expect(reports[1]!.reporter).to.deep.equal({ name: 'Ada Lovelace', country: 'United Kingdom' });
  });

  it('opens the organisation’s form with the UA number and counts when the case has a form URL only', async () => {
    const c = await reportCase({ endpoint: undefined, countUrl: undefined, url: 'https://example.org/report' });
    recordAction(c.id, { type: 'copy', target: 1 });
    const el = await renderCase(c);
    await openReport(el);
    expect(el.shadowRoot!.querySelector('[part~="report-send"]')).to.be.null;
    setCount(el, 'social', 2);
    const reports: ReportPayload[] = [];
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
async function loadFixture(id: string): Promise<{ frame: HTMLIFrameElement; el: UrgentActionElement }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/report.html?id=${id}`;
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
    await sleep(500);
    expect((await endpointLog(id)).stored).to.equal(1);
    expect(await getJson(`/api/reports/total?case=${id}`)).to.deep.equal({ total: 1 });
    third.frame.remove();
  });
});

describe('report endpoint (scripts/report-store.mjs)', () => {
  it('stores a key once, answers the same total for a repeat, refuses what is not a report, and allows CORS', async () => {
    const c = await reportCase();
    const payload = buildPayload({ c, key: newReportKey(), actions: [{ type: 'email', count: 2 }], at: new Date(), origin: location.origin });
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
