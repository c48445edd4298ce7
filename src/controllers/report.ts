/**
 * The report step, as a reactive controller: the dialog's state, the total, and the link between the element and the
 * delivery queue.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { clearActions, forgetExpiredActions, readActions } from '../actions/memory.js';
import { formatIssues } from '../case/parse.js';
import type { UrgentActionCase } from '../case/schema.js';
import { UrgentActionErrorEvent, UrgentActionReportEvent } from '../events.js';
import { fetchJson } from '../load/fetch-json.js';
import { buildPayload, confirmedCounts, newReportKey, REPORT_TYPES, rememberedCounts, reportFormUrl } from '../report/payload.js';
import {
  forgetFailedReports,
  onReportOutcome,
  pendingReports,
  queueReport,
  sendPendingReports,
  type QueuedReport,
  type ReportListener,
} from '../report/queue.js';
import { parseOrigins, reportUrls, safeUrl } from '../urls.js';
import type { ViewContext } from '../views/context.js';
import { renderReport, type ReportViewState } from '../views/report.js';

export class ReportController implements ReactiveController {
  private state: ReportViewState = {
    total: undefined,
    status: undefined,
    error: undefined,
    refused: undefined,
    remembered: [],
    endpoint: undefined,
    failed: undefined,
  };
  private context?: ViewContext;
  private shownCase?: UrgentActionCase;
  private caseChanged = false;
  /** The `report-origins` the case's URLs were checked against. */
  private origins?: string;
  private countUrl?: string;
  /** Case and origins whose refused URLs the author has been told about, so a change of language does not repeat it. */
  private toldAbout = '';
  /** Idempotency key of the report in the dialog; the same for every click and retry. */
  private key = '';
  private sending = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveElement,
    /** The host page's `report-origins`. */
    private readonly allowedOrigins: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onReportOutcome(this.settled);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  hostUpdated(): void {
    if (!this.caseChanged) return;
    this.caseChanged = false;
    const c = this.shownCase;
    if (!c?.report) return;
    this.tellAuthor(c);
    forgetExpiredActions();
    this.showPending(c);
    this.loadTotal();
    // Reports left over from an earlier visit or a lost connection.
    sendPendingReports();
  }

  /** Called by the element before each render of a case: a new case starts the report step afresh. */
  show(context: ViewContext): void {
    this.context = context;
    const origins = this.allowedOrigins();
    if (context.c !== this.shownCase || origins !== this.origins) {
      this.shownCase = context.c;
      this.origins = origins;
      this.caseChanged = true;
      const { endpoint, countUrl } = this.checkUrls();
      this.countUrl = countUrl;
      this.state = { ...this.state, total: undefined, status: undefined, error: undefined, endpoint, failed: undefined };
    }
  }

  render() {
    return renderReport(this.context!, this.state, this.handlers);
  }

  /** The reader took an action: invite them to report it. */
  invite(): void {
    if (this.context?.c.report) this.set({ status: 'report.prompt' });
  }

  /** The case's report URLs that may be used from this page, with the host page's `report-origins`. */
  private checkUrls() {
    const { c, base } = this.context!;
    return reportUrls(c.report ?? {}, base, location.href, this.origins === undefined ? undefined : parseOrigins(this.origins));
  }

  /** Tells the case author, once per case and `report-origins`, which report URLs were refused. */
  private tellAuthor(c: UrgentActionCase): void {
    const { issues } = this.checkUrls();
    const told = `${c.id}\n${this.origins}`;
    if (!issues.length || told === this.toldAbout) return;
    this.toldAbout = told;
    const message = `the case's report URLs are refused, so reports go to its form link if it has one:`;
    console.error(`<urgent-action>: ${message}\n${formatIssues(issues)}`);
    this.host.dispatchEvent(new UrgentActionErrorEvent({ reason: 'report-refused', message, issues }));
  }

  /** Tells the reader how reports of this case from an earlier visit stand: failed, or waiting to be sent. */
  private showPending(c: UrgentActionCase): void {
    const waiting = pendingReports().filter((r) => r.payload.case === c.id);
    const failed = waiting.find((r) => r.failed);
    if (failed) this.showFailed(failed);
    else if (waiting.length) this.set({ status: waiting.some((r) => r.lastFailure === 'server') ? 'report.retrying' : 'report.queued' });
  }

  /** Says that `report` could not be delivered, with the organisation's form, carrying its numbers, as the way out. */
  private showFailed(report: QueuedReport): void {
    const { c, base } = this.context!;
    const formUrl = c.report?.url && safeUrl(c.report.url, base);
    const failed = {
      host: new URL(report.endpoint).host,
      at: report.payload.at,
      formUrl: formUrl ? reportFormUrl(formUrl, report.payload) : undefined,
    };
    this.set({ status: 'report.failed', failed });
  }

  private set(changes: Partial<ReportViewState>): void {
    this.state = { ...this.state, ...changes };
    this.host.requestUpdate();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private loadTotal(): void {
    const { c } = this.context!;
    const url = this.countUrl;
    if (!url) return;
    fetchJson(url, { timeoutMs: 10_000, credentials: 'omit' }).then(
      (body) => {
        const total = (body as { total?: unknown } | null)?.total;
        if (c === this.shownCase && typeof total === 'number') this.set({ total });
      },
      // No count is shown rather than a wrong one.
      () => undefined,
    );
  }

  /** The report as the form in the dialog stands. */
  private payload() {
    const { c } = this.context!;
    const data = new FormData(this.dialog!.querySelector('form')!);
    const perType = Object.fromEntries(REPORT_TYPES.map((type) => [type, Number(data.get(type)) || 0]));
    const reporter = data.get('consent')
      ? Object.fromEntries((c.report?.fields ?? []).map((f) => [f, String(data.get(`reporter-${f}`) ?? '').trim()]).filter(([, v]) => v))
      : undefined;
    const actions = confirmedCounts(this.state.remembered, perType);
    return buildPayload({ c, key: this.key, actions, at: new Date(), origin: location.origin, reporter });
  }

  private readonly handlers = {
    onOpen: async () => {
      const { c } = this.context!;
      // A refused report keeps the reader's numbers; otherwise start from what they did since their last report.
      if (!this.state.error) {
        const pendingSince = pendingReports().reduce(
          (at, r) => (r.payload.case === c.id && !r.failed && r.payload.at > at ? r.payload.at : at),
          '',
        );
        this.key = newReportKey();
        this.set({
          remembered: rememberedCounts(
            c,
            readActions(c.id).filter((a) => a.at > pendingSince),
          ),
        });
        await this.host.updateComplete;
        this.dialog!.querySelector('form')!.reset();
      }
      this.dialog!.showModal();
    },
    onClose: () => this.host.renderRoot.querySelector<HTMLElement>('[part~="report-button"]')?.focus(),
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault();
      const { endpoint } = this.state;
      if (this.sending || !endpoint) return;
      const payload = this.payload();
      if (!payload.total) return this.set({ error: 'report.empty' });
      this.sending = true;
      // This report takes the place of any that failed before.
      forgetFailedReports(payload.case);
      this.host.dispatchEvent(new UrgentActionReportEvent(payload));
      queueReport({ endpoint, payload });
    },
    onForm: (event: MouseEvent) => {
      const { c, base } = this.context!;
      const payload = this.payload();
      // Built at the click, so the link carries the numbers as they are now.
      (event.currentTarget as HTMLAnchorElement).href = reportFormUrl(safeUrl(c.report!.url!, base)!, payload);
      this.host.dispatchEvent(new UrgentActionReportEvent(payload));
      // Handed to the organisation's form: these actions are reported there.
      if (!this.state.endpoint) {
        clearActions(c.id);
        this.dialog!.close();
      }
    },
    onFailedForm: () => {
      // The failed report's numbers go to the organisation's form: it is reported there.
      const { c } = this.context!;
      clearActions(c.id, this.state.failed!.at);
      forgetFailedReports(c.id);
      this.set({ status: undefined, failed: undefined });
    },
  };

  private readonly settled: ReportListener = (report, outcome) => {
    const { payload } = report;
    if (payload.case !== this.shownCase?.id) return;
    const mine = payload.key === this.key;
    if (mine) this.sending = false;
    if (outcome.state === 'failed') {
      this.showFailed(report);
      // The reader's own report: said in the dialog, which keeps their numbers and the form link.
      if (mine) this.set({ error: outcome.status ? 'report.rejected' : 'report.failed', refused: outcome.status });
      return;
    }
    if (mine) {
      this.set({ error: undefined });
      this.dialog?.close();
    }
    if (outcome.state === 'waiting') return this.set({ status: outcome.why === 'offline' ? 'report.queued' : 'report.retrying' });
    this.set({ status: 'report.sent', failed: undefined });
    if (outcome.total === undefined) this.loadTotal();
    else this.set({ total: outcome.total });
  };
}
