import { html, nothing } from 'lit';
import type { ViewContext } from './context.js';

/** In place of the action areas once the appeal has ended: what happened, and that nothing more is needed. */
export function renderOutcome({ c, t, level }: ViewContext) {
  return html`<section part="outcome" class="outcome" aria-labelledby="outcome-heading">
    <div role="heading" aria-level=${level + 1} id="outcome-heading" class="section-heading">${t.t('ended.heading')}</div>
    <p>${t.t(`ended.${c.status}`)}</p>
    ${c.outcome ? html`<p>${c.outcome}</p>` : nothing}
    <p>${t.t('ended.thanks')}</p>
  </section>`;
}
