/**
 * The report step, as a reactive controller: the dialog's state, the total, and the link between the element and the
 * delivery queue.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { clearActions, readActions } from '../actions/memory.js';
import type { UrgentActionCase } from '../case/schema.js';
import { UrgentActionReportEvent } from '../events.js';
import { fetchJson } from '../load/fetch-json.js';
import { buildPayload, confirmedCounts, newReportKey, REPORT_TYPES, rememberedCounts, reportFormUrl } from '../report/payload.js';
import { onReportOutcome, pendingReports, queueReport, sendPendingReports, type ReportListener } from '../report/queue.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from '../views/context.js';
import { renderReport, type ReportViewState } from '../views/report.js';

export class ReportController implements ReactiveController {
  private state: ReportViewState = { total: undefined, status: undefined, error: undefined, refused: undefined, remembered: [] };
  private context?: ViewContext;
  private shownCase?: UrgentActionCase;
  private caseChanged = false;
  /** Idempotency key of the report in the dialog; the same for every click and retry. */
  private key = '';
  private sending = false;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveElement) {
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
    if (!this.shownCase?.report) return;
    this.loadTotal();
    // Reports left over from an earlier visit or a lost connection.
    sendPendingReports();
  }

  /** Called by the element before each render of a case: a new case starts the report step afresh. */
  show(context: ViewContext): void {
    this.context = context;
    if (context.c !== this.shownCase) {
      this.shownCase = context.c;
      this.caseChanged = true;
      this.state = { ...this.state, total: undefined, status: undefined, error: undefined };
    }
  }

  render() {
    return renderReport(this.context!, this.state, this.handlers);
  }

  /** The reader took an action: invite them to report it. */
  invite(): void {
    if (this.context?.c.report) this.set({ status: 'report.prompt' });
  }

  private set(changes: Partial<ReportViewState>): void {
    this.state = { ...this.state, ...changes };
    this.host.requestUpdate();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private loadTotal(): void {
    const { c, base } = this.context!;
    const url = c.report?.countUrl && safeUrl(c.report.countUrl, base);
    if (!url) return;
    fetchJson(url, { timeoutMs: 10_000 }).then(
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
        const pendingSince = pendingReports().reduce((at, r) => (r.payload.case === c.id && r.payload.at > at ? r.payload.at : at), '');
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
      const endpoint = this.context!.c.report?.endpoint;
      if (this.sending || !endpoint) return;
      const payload = this.payload();
      if (!payload.total) return this.set({ error: 'report.empty' });
      this.sending = true;
      this.host.dispatchEvent(new UrgentActionReportEvent(payload));
      queueReport({ endpoint: safeUrl(endpoint, this.context!.base)!, payload });
    },
    onForm: (event: MouseEvent) => {
      const { c, base } = this.context!;
      const payload = this.payload();
      // Built at the click, so the link carries the numbers as they are now.
      (event.currentTarget as HTMLAnchorElement).href = reportFormUrl(safeUrl(c.report!.url!, base)!, payload);
      this.host.dispatchEvent(new UrgentActionReportEvent(payload));
      // Handed to the organisation's form: these actions are reported there.
      if (!c.report!.endpoint) {
        clearActions(c.id);
        this.dialog!.close();
      }
    },
  };

  private readonly settled: ReportListener = ({ payload }, outcome) => {
    if (payload.case !== this.shownCase?.id) return;
    const mine = payload.key === this.key;
    if (mine) this.sending = false;
    if (outcome.state === 'rejected') {
      const refused = outcome.status;
      return this.set(mine ? { error: 'report.rejected', refused } : { status: 'report.rejected', refused });
    }
    if (mine) {
      this.set({ error: undefined });
      this.dialog?.close();
    }
    if (outcome.state === 'waiting') return this.set({ status: 'report.queued' });
    this.set({ status: 'report.sent' });
    if (outcome.total === undefined) this.loadTotal();
    else this.set({ total: outcome.total });
  };
}
