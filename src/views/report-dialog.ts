import { html, nothing } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import { REPORT_LIMITS, type ReportField } from '../report/payload.js';
import { countsByType, REPORT_TYPES } from '../report/types.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';
import { reportMessage, type ReportViewState } from './report.js';

export interface ReportDialogHandlers {
  onClose(): void;
  onSubmit(event: SubmitEvent): void;
  onForm(event: MouseEvent): void;
}

/** Each type's most in one report: all five at their most still make a total the report service accepts. */
const MAX_PER_TYPE = Math.floor(REPORT_LIMITS.total / REPORT_TYPES.length);

const AUTOCOMPLETE: Record<ReportField, string> = { name: 'name', email: 'email', country: 'country-name' };
/** Longest answers kept, so that a stored report stays small. */
const MAX_LENGTH: Record<ReportField, number> = { name: 200, email: 254, country: 100 };

/** The report dialog: the reader's numbers per type, what they may tell about themselves, and where the report goes. */
export function renderReportDialog(context: ViewContext, state: ReportViewState, on: ReportDialogHandlers) {
  const { c, t, base, level } = context;
  const report = c.report;
  const formUrl = report?.url ? safeUrl(report.url, base) : undefined;
  const { endpoint } = state;
  if (!report || (!endpoint && !formUrl)) return nothing;
  const privacyUrl = report.privacyUrl ? safeUrl(report.privacyUrl, base) : undefined;
  const perType = countsByType(state.remembered);
  // Only an endpoint takes the reader's details.
  const fields = endpoint ? (report.fields ?? []) : [];
  const message = (key: MessageKey | undefined) => reportMessage(context, state, key);
  return html`<dialog part="report-dialog" class="report-dialog" aria-labelledby="report-dialog-heading" @close=${on.onClose}>
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
  </dialog>`;
}
