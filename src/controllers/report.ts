/**
 * The report step, as a reactive controller: the section's state (total, invitation, how the last report went),
 * which report URLs may be used from this page, and the dialog, whose code (its markup and styles, the payload, the
 * delivery queue) loads on the first click, or at once when this browser holds a report still waiting or failed.
 */
import { adoptStyles, isServer, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { formatIssues } from '../case/parse.js';
import type { UrgentActionCase } from '../case/schema.js';
import { UrgentActionErrorEvent } from '../events.js';
import { fetchJson } from '../load/fetch-json.js';
import { hasStoredReports } from '../report/stored.js';
import { parseOrigins, reportUrls } from '../urls.js';
import type { ViewContext } from '../views/context.js';
import { renderReport, type ReportViewState } from '../views/report.js';
import type { ReportDialog, ReportSection } from './report-dialog.js';

export class ReportController implements ReactiveController, ReportSection {
  state: ReportViewState = {
    total: undefined,
    countUrl: undefined,
    status: undefined,
    error: undefined,
    refused: undefined,
    remembered: [],
    endpoint: undefined,
    failed: undefined,
  };
  context?: ViewContext;
  shownCase?: UrgentActionCase;
  private caseChanged = false;
  /** The `report-origins` the case's URLs were checked against. */
  private origins?: string;
  /** Case and origins whose refused URLs the author has been told about, so a change of language does not repeat it. */
  private toldAbout = '';
  private dialog?: ReportDialog;
  /** The dialog's module on its way; resolves once the dialog is in place. */
  private loadingDialog?: Promise<ReportDialog>;

  constructor(
    readonly host: ReactiveElement,
    /** The host page's `report-origins`. */
    private readonly allowedOrigins: () => string | undefined,
  ) {
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
    const c = this.shownCase;
    if (!c?.report) return;
    this.tellAuthor(c);
    this.loadTotal();
    // Reports left over from an earlier visit or a lost connection: said how they stand, and sent.
    if (hasStoredReports()) void this.loadDialog().then((dialog) => dialog.resume(c));
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
      this.state = {
        ...this.state,
        total: undefined,
        countUrl,
        status: undefined,
        error: undefined,
        endpoint,
        failed: undefined,
      };
    }
  }

  render() {
    const context = this.context!;
    return renderReport(context, this.state, this.handlers, this.dialog?.render(context) ?? nothing);
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
    const c = this.shownCase;
    const url = this.state.countUrl;
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

  /** The case's report URLs that may be used from this page, with the host page's `report-origins`. */
  private checkUrls() {
    const { c, base } = this.context!;
    // Pre-rendered on a server, the case's own address stands in for the page's.
    const page = isServer ? base : location.href;
    return reportUrls(c.report ?? {}, base, page, this.origins === undefined ? undefined : parseOrigins(this.origins));
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

  private loadDialog(): Promise<ReportDialog> {
    return (this.loadingDialog ??= import('./report-dialog.js').then(({ ReportDialog, reportDialogStyles }) => {
      // Added after the element's own styles, where they stood when they were among them.
      const { elementStyles } = this.host.constructor as typeof ReactiveElement;
      adoptStyles(this.host.renderRoot as ShadowRoot, [...elementStyles, reportDialogStyles]);
      const dialog = (this.dialog = new ReportDialog(this));
      if (this.host.isConnected) dialog.connect();
      this.host.requestUpdate();
      return dialog;
    }));
  }

  private readonly handlers = {
    onOpen: async () => {
      const dialog = await this.loadDialog();
      await this.host.updateComplete;
      await dialog.open();
    },
    // A failed report is only ever shown by the dialog's code, so it is loaded when this link is there.
    onFailedForm: () => this.dialog?.handedToForm(),
  };
}
