/** What stands in for the case: a placeholder while it loads, a short message for the reader when it can't be shown. */
import { html, nothing } from 'lit';
import type { CaseErrorReason } from '../events.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translator } from '../i18n/translate.js';

export function renderPending(t: Translator) {
  return html`<div class="root" lang=${t.lang} dir=${t.dir}>
    <div class="placeholder" role="status">${t.t('loading')}</div>
  </div>`;
}

export interface Failure {
  reason: CaseErrorReason;
  status?: number;
  /** Whether trying again may help: the view then offers to. */
  transient: boolean;
}

/** The message and, for a failure that may pass, a retry button; then the page's fallback content. */
export function renderFailure(t: Translator, failure: Failure, onRetry: () => void) {
  return html`<div class="root" lang=${t.lang} dir=${t.dir}>
    <div part="error" class="error" role="alert">
      <p class="error-title">${t.t('error.title')}</p>
      <p>${t.t(failureMessageKey(failure.reason, failure.status))}</p>
      ${failure.transient ? html`<button type="button" part="button" class="button" @click=${onRetry}>${t.t('error.retry')}</button>` : nothing}
    </div>
    <slot></slot>
  </div>`;
}

/** The reader's message for a failure: an HTTP status says more than "http". */
function failureMessageKey(reason: CaseErrorReason, status = 0): MessageKey {
  if (reason !== 'http') return `error.${reason}`;
  if (status === 404 || status === 410) return 'error.not-found';
  return status >= 500 ? 'error.server' : 'error.http';
}
