import { html, nothing } from 'lit';
import { lastUpdated } from '../case/history.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';

export function renderHeader({ c, t, base, level }: ViewContext) {
  const link = c.link ? safeUrl(c.link, base) : undefined;
  const updated = lastUpdated(c.history);
  // A case issued on the day of its latest document (as an imported series is) shows that date once, as "Updated".
  const issued = c.issued === updated ? undefined : c.issued;
  return html`<header part="header" class="header">
    <p class="eyebrow">
      <span class="ua">${t.t('header.ua', { ua: c.ua })}</span>
      <span aria-hidden="true">·</span>
      <span class="country" lang=${c.lang}>${c.country}</span>
    </p>
    <div role="heading" aria-level=${level} class="title" id="title" lang=${c.lang}>${c.title}</div>
    <p class="meta">
      <span class="badge" part="badge">${t.t(`kind.${c.kind}`)}</span>
      <span class="badge status-${c.status}" part="badge">${t.t(`status.${c.status}`)}</span>
      ${issued ? html`<span class="date">${t.t('header.issued', { date: t.date(issued) })}</span>` : nothing}
      ${updated ? html`<span class="date">${t.t('header.updated', { date: t.date(updated) })}</span>` : nothing}
      ${c.deadline ? html`<strong class="deadline">${t.t('header.deadline', { date: t.date(c.deadline) })}</strong>` : nothing}
    </p>
    ${link ? html`<p><a href=${link} target="_blank" rel="noopener">${t.t('header.link')}</a></p>` : nothing}
  </header>`;
}

export function renderSummary({ c, t, level }: ViewContext) {
  return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
    <div role="heading" aria-level=${level + 1} id="summary-heading" class="section-heading">${t.t('summary.heading')}</div>
    ${c.summary.map((paragraph) => html`<p lang=${c.lang}>${paragraph}</p>`)}
    ${
      c.background
        ? html`<details>
          <summary>${t.t('background.heading')}</summary>
          ${c.background.map((paragraph) => html`<p lang=${c.lang}>${paragraph}</p>`)}
        </details>`
        : nothing
    }
  </section>`;
}
