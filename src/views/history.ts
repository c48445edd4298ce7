import { html, nothing } from 'lit';
import { newSinceActed } from '../case/history.js';
import type { ViewContext } from './context.js';

/** "How this appeal developed": the appeal's documents, oldest first, in a disclosure closed by default. */
export function renderHistory({ c, t }: ViewContext) {
  const history = c.history ?? [];
  if (history.length < 2) return nothing;
  return html`<details part="history" class="history">
    <summary>${t.t('history.heading')}</summary>
    <ol>
      ${history.map(
        ({ kind, date, title, summary }) => html`<li>
          <p class="history-meta">
            <span class="history-kind">${t.t(`kind.${kind}`)}</span>
            ${date ? html`<time datetime=${date}>${t.date(date)}</time>` : nothing}
          </p>
          <p class="history-title" lang=${c.lang}>${title}</p>
          ${summary ? html`<p lang=${c.lang}>${summary}</p>` : nothing}
        </li>`,
      )}
    </ol>
  </details>`;
}

/** "New since you acted: TITLE", for a reader who acted before the appeal's latest document (`actedAt`). */
export function renderNewSinceActed({ c, t }: ViewContext, actedAt: string | undefined) {
  const latest = newSinceActed(c.history, actedAt);
  if (!latest) return nothing;
  // The title is the case's text, in the case's language: it is set apart from the interface's words around it.
  const [before, after = ''] = t.t('history.new', { title: '\u0000' }).split('\u0000');
  return html`<p part="history-notice" class="history-notice" role="status">
    ${before}<strong lang=${c.lang}>${latest.title}</strong>${after}
  </p>`;
}
