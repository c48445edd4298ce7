import { html, nothing } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import type { ReportCount } from '../report/payload.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';

export interface ReportViewState {
  /** Actions taken so far by everyone, when known. */
  total: number | undefined;
  /** Where the total comes from, when this page may fetch it: its line keeps its place while the total is on its way. */
  countUrl: string | undefined;
  /** Beside the Report button: an invitation after an action, or how the last report went. */
  status: MessageKey | undefined;
  /** Inside the dialog: why the report was not sent. */
  error: MessageKey | undefined;
  /** HTTP status of a refused report. */
  refused: number | undefined;
  /** What the widget saw the reader do: the dialog's starting numbers. */
  remembered: ReportCount[];
  /** The case's report endpoint, when it may be used from this page. */
  endpoint: string | undefined;
  /** A report that could not be delivered: where it went, when it was made, and the form that can take it instead. */
  failed: { host: string; at: string; formUrl: string | undefined } | undefined;
}

export interface ReportViewHandlers {
  onOpen(): void;
  onFailedForm(): void;
}

/** A report message, with the refused status and the failed report's host where it has them. */
export const reportMessage = ({ t }: ViewContext, state: ReportViewState, key: MessageKey | undefined) =>
  key ? t.t(key, { status: String(state.refused), host: state.failed?.host ?? '' }) : '';

/**
 * The report section: why, the total, the button and its status line. `dialog` is the dialog once its module has
 * loaded (on the first click, or when a stored report is waiting), else nothing.
 */
export function renderReport(context: ViewContext, state: ReportViewState, on: ReportViewHandlers, dialog: unknown) {
  const { c, t, base, level } = context;
  const report = c.report;
  const formUrl = report?.url ? safeUrl(report.url, base) : undefined;
  const { endpoint, failed } = state;
  if (!report || (!endpoint && !formUrl)) return nothing;
  const message = (key: MessageKey | undefined) => reportMessage(context, state, key);
  return html`<section part="report" class="report" aria-labelledby="report-heading">
    <div role="heading" aria-level=${level + 1} id="report-heading" class="section-heading">${t.t('report.heading')}</div>
    ${report.why ? html`<p>${report.why}</p>` : nothing}
    ${
      state.countUrl
        ? html`<p part="report-total" class="report-total">${state.total === undefined ? '' : t.t('report.total', { count: state.total })}</p>`
        : nothing
    }
    <div class="button-row">
      <button type="button" part="button report-button" class="button" aria-haspopup="dialog" @click=${on.onOpen}>
        ${t.t('report.button')}
      </button>
      <p class="report-status live" role="status">
        ${message(state.status)}
        ${
          state.status === 'report.failed' && failed?.formUrl
            ? html`<a href=${failed.formUrl} target="_blank" rel="noopener" @click=${on.onFailedForm}>${t.t('report.form')}</a>`
            : nothing
        }
      </p>
    </div>
    ${dialog}
  </section>`;
}
