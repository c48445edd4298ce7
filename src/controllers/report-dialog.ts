/**
 * What the report dialog does, loaded on demand by the report controller: when the reader first opens the dialog,
 * or when this browser holds a report still waiting or failed. Builds the payload from the dialog's form and hands it
 * to the delivery queue, then tells the section how each report settled.
 */
import type { ReactiveElement } from 'lit';
import { readActions } from '../actions/memory.js';
import type { UrgentActionCase } from '../case/schema.js';
import { UrgentActionReportEvent } from '../events.js';
import { buildPayload, confirmedCounts, newReportKey, rememberedCounts, reportFormUrl } from '../report/payload.js';
import {
  forgetFailedReports,
  onReportOutcome,
  pendingReports,
  queueReport,
  reportedThroughForm,
  sendPendingReports,
  type QueuedReport,
  type ReportListener,
} from '../report/queue.js';
import { REPORT_TYPES } from '../report/types.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from '../views/context.js';
import { renderReportDialog } from '../views/report-dialog.js';
import type { ReportViewState } from '../views/report.js';

export { reportDialogStyles } from '../views/report-dialog.styles.js';

/** What the dialog needs from the report section it belongs to. */
export interface ReportSection {
  readonly host: ReactiveElement;
  readonly context?: ViewContext;
  /** The case the section shows now. */
  readonly shownCase?: UrgentActionCase;
  readonly state: ReportViewState;
  set(changes: Partial<ReportViewState>): void;
  loadTotal(): void;
}

export class ReportDialog {
  /** Idempotency key of the report in the dialog; the same for every click and retry. */
  private key = '';
  private sending = false;
  private unsubscribe?: () => void;

  constructor(private readonly section: ReportSection) {}

  /** Listens for how reports settle while the element is on the page. */
  connect(): void {
    this.unsubscribe ??= onReportOutcome(this.settled);
  }

  disconnect(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  render(context: ViewContext) {
    return renderReportDialog(context, this.section.state, this.handlers);
  }

  /** Tells the reader how reports of case `c` from an earlier visit stand, then sends those waiting. */
  resume(c: UrgentActionCase): void {
    if (c === this.section.shownCase) this.showPending(c);
    sendPendingReports();
  }

  async open(): Promise<void> {
    const { host, state } = this.section;
    const { c } = this.section.context!;
    // A refused report keeps the reader's numbers; otherwise start from what they did since their last report.
    if (!state.error) {
      const pendingSince = pendingReports().reduce(
        (at, r) => (r.payload.case === c.id && !r.failed && r.payload.at > at ? r.payload.at : at),
        '',
      );
      this.key = newReportKey();
      this.section.set({
        remembered: rememberedCounts(
          c,
          readActions(c.id).filter((a) => a.at > pendingSince),
        ),
      });
      await host.updateComplete;
      this.form!.reset();
    }
    this.dialog!.showModal();
  }

  /** The failed report's numbers went to the organisation's form: it is reported there. */
  handedToForm(): void {
    const { c } = this.section.context!;
    reportedThroughForm(c.id, this.section.state.failed!.at);
    this.section.set({ status: undefined, failed: undefined });
  }

  private get dialog(): HTMLDialogElement | null {
    return this.section.host.renderRoot.querySelector('dialog');
  }

  private get form(): HTMLFormElement | null {
    return this.dialog?.querySelector('form') ?? null;
  }

  private showPending(c: UrgentActionCase): void {
    const waiting = pendingReports().filter((r) => r.payload.case === c.id);
    const failed = waiting.find((r) => r.failed);
    if (failed) this.showFailed(failed);
    else if (waiting.length)
      this.section.set({ status: waiting.some((r) => r.lastFailure === 'server') ? 'report.retrying' : 'report.queued' });
  }

  /** Says that `report` could not be delivered, with the organisation's form, carrying its numbers, as the way out. */
  private showFailed(report: QueuedReport): void {
    const { c, base } = this.section.context!;
    const formUrl = c.report?.url && safeUrl(c.report.url, base);
    const failed = {
      host: new URL(report.endpoint).host,
      at: report.payload.at,
      formUrl: formUrl ? reportFormUrl(formUrl, report.payload) : undefined,
    };
    this.section.set({ status: 'report.failed', failed });
  }

  /** The report as the form in the dialog stands. */
  private payload() {
    const { c } = this.section.context!;
    const data = new FormData(this.form!);
    const perType = Object.fromEntries(REPORT_TYPES.map((type) => [type, Number(data.get(type)) || 0]));
    const reporter = data.get('consent')
      ? Object.fromEntries((c.report?.fields ?? []).map((f) => [f, String(data.get(`reporter-${f}`) ?? '').trim()]).filter(([, v]) => v))
      : undefined;
    const actions = confirmedCounts(this.section.state.remembered, perType);
    return buildPayload({ c, key: this.key, actions, at: new Date(), origin: location.origin, reporter });
  }

  private readonly handlers = {
    onClose: () => this.section.host.renderRoot.querySelector<HTMLElement>('[part~="report-button"]')?.focus(),
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault();
      const { endpoint } = this.section.state;
      if (this.sending || !endpoint) return;
      const payload = this.payload();
      if (!payload.total) return this.section.set({ error: 'report.empty' });
      this.sending = true;
      // This report takes the place of any that failed before.
      forgetFailedReports(payload.case);
      this.section.host.dispatchEvent(new UrgentActionReportEvent(payload));
      queueReport({ endpoint, payload });
    },
    onForm: (event: MouseEvent) => {
      const { c, base } = this.section.context!;
      const payload = this.payload();
      // Built at the click, so the link carries the numbers as they are now.
      (event.currentTarget as HTMLAnchorElement).href = reportFormUrl(safeUrl(c.report!.url!, base)!, payload);
      this.section.host.dispatchEvent(new UrgentActionReportEvent(payload));
      // Handed to the organisation's form: these actions are reported there.
      if (!this.section.state.endpoint) {
        reportedThroughForm(c.id);
        this.dialog!.close();
      }
    },
  };

  private readonly settled: ReportListener = (report, outcome) => {
    const { payload } = report;
    if (payload.case !== this.section.shownCase?.id) return;
    const mine = payload.key === this.key;
    if (mine) this.sending = false;
    if (outcome.state === 'failed') {
      this.showFailed(report);
      // The reader's own report: said in the dialog, which keeps their numbers and the form link.
      if (mine) this.section.set({ error: outcome.status ? 'report.rejected' : 'report.failed', refused: outcome.status });
      return;
    }
    if (mine) {
      this.section.set({ error: undefined });
      this.dialog?.close();
    }
    if (outcome.state === 'waiting') {
      return this.section.set({ status: outcome.why === 'offline' ? 'report.queued' : 'report.retrying' });
    }
    this.section.set({ status: 'report.sent', failed: undefined });
    if (outcome.total === undefined) this.section.loadTotal();
    else this.section.set({ total: outcome.total });
  };
}
