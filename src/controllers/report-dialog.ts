/**
 * The report dialog and delivery, loaded on demand by the report controller: when the reader first opens the dialog,
 * or when this browser holds a report still waiting to be delivered. Builds the payload from the form and hands it
 * to the delivery queue, then tells the section how each report settled.
 */
import type { ReactiveElement } from 'lit';
import { clearActions, readActions } from '../actions/memory.js';
import { UrgentActionReportEvent } from '../events.js';
import { buildPayload, confirmedCounts, newReportKey, REPORT_TYPES, rememberedCounts, reportFormUrl } from '../report/payload.js';
import { onReportOutcome, pendingReports, queueReport, sendPendingReports, type ReportListener } from '../report/queue.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from '../views/context.js';
import { renderReportDialog } from '../views/report-dialog.js';
import type { ReportViewState } from '../views/report.js';

/** What the dialog needs from the report section it belongs to. */
export interface ReportSection {
  readonly host: ReactiveElement;
  readonly context?: ViewContext;
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

  /** Sends reports left over from an earlier visit or a lost connection. */
  sendPending(): void {
    sendPendingReports();
  }

  render(context: ViewContext) {
    return renderReportDialog(context, this.section.state, this.handlers);
  }

  async open(): Promise<void> {
    const { host, state } = this.section;
    const { c } = this.section.context!;
    // A refused report keeps the reader's numbers; otherwise start from what they did since their last report.
    if (!state.error) {
      const pendingSince = pendingReports().reduce((at, r) => (r.payload.case === c.id && r.payload.at > at ? r.payload.at : at), '');
      this.key = newReportKey();
      this.section.set({ remembered: rememberedCounts(c, readActions(c.id).filter((a) => a.at > pendingSince)) });
      await host.updateComplete;
      this.form!.reset();
    }
    this.dialog!.showModal();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.section.host.renderRoot.querySelector('dialog');
  }

  private get form(): HTMLFormElement | null {
    return this.dialog?.querySelector('form') ?? null;
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
      const { c, base } = this.section.context!;
      const endpoint = c.report?.endpoint;
      if (this.sending || !endpoint) return;
      const payload = this.payload();
      if (!payload.total) return this.section.set({ error: 'report.empty' });
      this.sending = true;
      this.section.host.dispatchEvent(new UrgentActionReportEvent(payload));
      queueReport({ endpoint: safeUrl(endpoint, base)!, payload });
    },
    onForm: (event: MouseEvent) => {
      const { c, base } = this.section.context!;
      const payload = this.payload();
      // Built at the click, so the link carries the numbers as they are now.
      (event.currentTarget as HTMLAnchorElement).href = reportFormUrl(safeUrl(c.report!.url!, base)!, payload);
      this.section.host.dispatchEvent(new UrgentActionReportEvent(payload));
      // Handed to the organisation's form: these actions are reported there.
      if (!c.report!.endpoint) {
        clearActions(c.id);
        this.dialog!.close();
      }
    },
  };

  private readonly settled: ReportListener = ({ payload }, outcome) => {
    if (payload.case !== this.section.context?.c.id) return;
    const mine = payload.key === this.key;
    if (mine) this.sending = false;
    if (outcome.state === 'rejected') {
      const refused = outcome.status;
      return this.section.set(mine ? { error: 'report.rejected', refused } : { status: 'report.rejected', refused });
    }
    if (mine) {
      this.section.set({ error: undefined });
      this.dialog?.close();
    }
    if (outcome.state === 'waiting') return this.section.set({ status: 'report.queued' });
    this.section.set({ status: 'report.sent' });
    if (outcome.total === undefined) this.section.loadTotal();
    else this.section.set({ total: outcome.total });
  };
}
