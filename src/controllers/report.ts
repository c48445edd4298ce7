/**
 * The report step, as a reactive controller: the section's state (total, invitation, how the last report went) and
 * the dialog, whose code (the form, the payload, the delivery queue) loads on the first click, or at once when this
 * browser holds a report still waiting to be delivered.
 */
import { nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { UrgentActionCase } from '../case/schema.js';
import { fetchJson } from '../load/fetch-json.js';
import { hasStoredReports } from '../report/stored.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from '../views/context.js';
import { renderReport, type ReportViewState } from '../views/report.js';
import type { ReportDialog, ReportSection } from './report-dialog.js';

export class ReportController implements ReactiveController, ReportSection {
  state: ReportViewState = { total: undefined, status: undefined, error: undefined, refused: undefined, remembered: [] };
  context?: ViewContext;
  private shownCase?: UrgentActionCase;
  private caseChanged = false;
  private dialog?: ReportDialog;
  /** The dialog's module on its way; resolves once the dialog is in place. */
  private loadingDialog?: Promise<ReportDialog>;

  constructor(readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.dialog?.connect();
  }

  hostDisconnected(): void {
    this.dialog?.disconnect();
  }

  hostUpdated(): void {
    if (!this.caseChanged) return;
    this.caseChanged = false;
    if (!this.shownCase?.report) return;
    this.loadTotal();
    // Reports left over from an earlier visit or a lost connection.
    if (hasStoredReports()) void this.loadDialog().then((dialog) => dialog.sendPending());
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
    const context = this.context!;
    return renderReport(context, this.state, this.open, this.dialog?.render(context) ?? nothing);
  }

  /** The reader took an action: invite them to report it. */
  invite(): void {
    if (this.context?.c.report) this.set({ status: 'report.prompt' });
  }

  set(changes: Partial<ReportViewState>): void {
    this.state = { ...this.state, ...changes };
    this.host.requestUpdate();
  }

  loadTotal(): void {
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

  private loadDialog(): Promise<ReportDialog> {
    return (this.loadingDialog ??= import('./report-dialog.js').then(({ ReportDialog }) => {
      const dialog = (this.dialog = new ReportDialog(this));
      if (this.host.isConnected) dialog.connect();
      this.host.requestUpdate();
      return dialog;
    }));
  }

  private readonly open = async () => {
    const dialog = await this.loadDialog();
    await this.host.updateComplete;
    await dialog.open();
  };
}
