import { html, nothing } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import type { ReportCount } from '../report/payload.js';
import type { ViewContext } from './context.js';

export interface ReportViewState {
  /** Actions taken so far by everyone, when known. */
  total: number | undefined;
  /** Beside the Report button: an invitation after an action, or how the last report went. */
  status: MessageKey | undefined;
  /** Inside the dialog: why the report was not sent. */
  error: MessageKey | undefined;
  /** HTTP status of a refused report. */
  refused: number | undefined;
  /** What the widget saw the reader do: the dialog's starting numbers. */
  remembered: ReportCount[];
}

/** A report message, with the refused status where it has one. */
export const reportMessage = ({ t }: ViewContext, state: ReportViewState, key: MessageKey | undefined) =>
  key ? t.t(key, { status: String(state.refused) }) : '';

/**
 * The report section: why, the total, the button and its status line. `dialog` is the dialog once its module has
 * loaded (on the first click, or when a stored report is waiting), else nothing.
 */
export function renderReport(context: ViewContext, state: ReportViewState, onOpen: () => void, dialog: unknown) {
  const { c, t, level } = context;
  const report = c.report;
  if (!report) return nothing;
  const message = (key: MessageKey | undefined) => reportMessage(context, state, key);
  return html`<section part="report" class="report" aria-labelledby="report-heading">
    <div role="heading" aria-level=${level + 1} id="report-heading" class="section-heading">${t.t('report.heading')}</div>
    ${report.why ? html`<p>${report.why}</p>` : nothing}
    ${state.total === undefined ? nothing : html`<p part="report-total" class="report-total">${t.t('report.total', { count: state.total })}</p>`}
    <div class="button-row">
      <button type="button" part="button report-button" class="button" aria-haspopup="dialog" @click=${onOpen}>
        ${t.t('report.button')}
      </button>
      <p class="report-status live" role="status">${message(state.status)}</p>
    </div>
    ${dialog}
  </section>`;
}
