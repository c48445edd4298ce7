import { html, nothing } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import { countsByType, REPORT_LIMITS, REPORT_TYPES, type ReportCount, type ReportField } from '../report/payload.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';

/** Each type's most in one report: all five at their most still make a total the report service accepts. */
const MAX_PER_TYPE = Math.floor(REPORT_LIMITS.total / REPORT_TYPES.length);

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
  /** The case's report endpoint, when it may be used from this page. */
  endpoint: string | undefined;
  /** A report that could not be delivered: where it went, when it was made, and the form that can take it instead. */
  failed: { host: string; at: string; formUrl: string | undefined } | undefined;
}

export interface ReportViewHandlers {
  onOpen(): void;
  onClose(): void;
  onSubmit(event: SubmitEvent): void;
  onForm(event: MouseEvent): void;
  onFailedForm(): void;
}

const AUTOCOMPLETE: Record<ReportField, string> = { name: 'name', email: 'email', country: 'country-name' };
/** Longest answers kept, so that a stored report stays small. */
const MAX_LENGTH: Record<ReportField, number> = { name: 200, email: 254, country: 100 };

export function renderReport({ c, t, base, level }: ViewContext, state: ReportViewState, on: ReportViewHandlers) {
  const report = c.report;
  const formUrl = report?.url ? safeUrl(report.url, base) : undefined;
  const { endpoint, failed } = state;
  if (!report || (!endpoint && !formUrl)) return nothing;
  const privacyUrl = report.privacyUrl ? safeUrl(report.privacyUrl, base) : undefined;
  const perType = countsByType(state.remembered);
  // Only an endpoint takes the reader's details.
  const fields = endpoint ? (report.fields ?? []) : [];
  const message = (key: MessageKey | undefined) => (key ? t.t(key, { status: String(state.refused), host: failed?.host ?? '' }) : '');
  return html`<section part="report" class="report" aria-labelledby="report-heading">
    <div role="heading" aria-level=${level + 1} id="report-heading" class="section-heading">${t.t('report.heading')}</div>
    ${report.why ? html`<p>${report.why}</p>` : nothing}
    ${state.total === undefined ? nothing : html`<p part="report-total" class="report-total">${t.t('report.total', { count: state.total })}</p>`}
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
    <dialog part="report-dialog" class="report-dialog" aria-labelledby="report-dialog-heading" @close=${on.onClose}>
      <form class="report-form" @submit=${on.onSubmit}>
        <div role="heading" aria-level=${level + 1} id="report-dialog-heading" class="section-heading">${t.t('report.dialog')}</div>
        <p>${t.t('report.intro')}</p>
        ${REPORT_TYPES.map((type) => {
          const names = state.remembered.filter((r) => r.type === type && r.target).map((r) => r.target);
          return html`<label class="field report-count">
            <span>${t.t(`report.type.${type}`)} <span class="hint">${names.length ? t.t('report.to', { names: names.join(', ') }) : ''}</span></span>
            <input type="number" name=${type} min="0" max=${MAX_PER_TYPE} inputmode="numeric" value=${perType[type] ?? 0} />
          </label>`;
        })}
        ${
          fields.length
            ? html`<fieldset class="report-form">
              <legend>${t.t('report.about-you')}</legend>
              ${fields.map(
                (field) => html`<label class="field">
                  <span>${t.t(`report.${field}`)}</span>
                  <input
                    name=${`reporter-${field}`}
                    type=${field === 'email' ? 'email' : 'text'}
                    autocomplete=${AUTOCOMPLETE[field]}
                    maxlength=${MAX_LENGTH[field]}
                  />
                </label>`,
              )}
              <label class="consent"
                ><input type="checkbox" name="consent" />
                ${t.t('report.consent', { details: t.list(fields.map((field) => t.t(`report.consent.${field}`))), host: new URL(endpoint!).host })}</label
              >
              ${privacyUrl ? html`<a href=${privacyUrl} target="_blank" rel="noopener">${t.t('report.privacy')}</a>` : nothing}
            </fieldset>`
            : nothing
        }
        <p class="report-error live" role="alert">${message(state.error)}</p>
        <div class="button-row">
          ${endpoint ? html`<button part="button report-send" class="button primary">${t.t('report.send')}</button>` : nothing}
          ${
            formUrl
              ? html`<a part="button report-form" class="button ${endpoint ? '' : 'primary'}" href=${formUrl} target="_blank" rel="noopener" @click=${on.onForm}
                >${t.t('report.form')}</a
              >`
              : nothing
          }
          <button type="button" part="button" class="button" @click=${(e: Event) => (e.target as HTMLElement).closest('dialog')!.close()}>
            ${t.t('report.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  </section>`;
}
