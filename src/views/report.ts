import { html, nothing } from 'lit';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';

export function renderReport({ c, t, base, level }: ViewContext) {
  const report = c.report;
  if (!report) return nothing;
  const formUrl = report.url ? safeUrl(report.url, base) : undefined;
  return html`<section part="report" class="report" aria-labelledby="report-heading">
    <div role="heading" aria-level=${level + 1} id="report-heading" class="section-heading">${t.t('report.heading')}</div>
    ${report.why ? html`<p>${report.why}</p>` : nothing}
    ${formUrl
      ? html`<a part="button report-button" class="button" href=${formUrl} target="_blank" rel="noopener">${t.t('report.button')}</a>`
      : html`<button type="button" part="button report-button" class="button">${t.t('report.button')}</button>`}
  </section>`;
}
