/** Pieces shared by the action views: the handlers they call, mail links, notices, sharing, the ended notice. */
import { html, nothing } from 'lit';
import type { UrgentActionActionDetail } from '../events.js';
import type { MailClient } from '../letter/mailto.js';
import { shareLinks } from '../letter/social.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';

/** What the action views ask of the element. */
export interface ActionHandlers {
  /** The compose URL of the letter to target `index`, as the letter stands now. */
  mailUrl(client: MailClient, index: number): string;
  /** A mail link is being followed: bring its URL up to date, copying the letter first when it is too long. */
  onMail(client: MailClient, index: number, where: string, event: Event): void;
  /** Copies `text`, then announces `done` in the notice at `where` and remembers `action`. */
  onCopy(text: string, where: string, done: string, action?: UrgentActionActionDetail): void;
  /** Remembers an action taken by following a link (call, post, share). */
  onAction(action: UrgentActionActionDetail): void;
  onShare(): void;
}

/** The last message of the action views, and which region (`letter`, `share`, `target-2`) shows it. */
export interface Notice {
  where: string;
  message: string;
}

/** The live region of one action area: present before its message so screen readers announce it. */
export const noticeAt = (notice: Notice, where: string) =>
  html`<p class="notice" role="status">${notice.where === where ? notice.message : ''}</p>`;

export function mailLink(on: ActionHandlers, client: MailClient, index: number, where: string, label: string, className = 'button') {
  return html`<a
    class=${className}
    part=${className === 'button' ? 'button' : nothing}
    href=${on.mailUrl(client, index)}
    target=${client === 'app' ? nothing : '_blank'}
    rel="noopener"
    @click=${(e: Event) => on.onMail(client, index, where, e)}
    >${label}</a
  >`;
}

/** The appeal's own address when the case gives one, else the page it is embedded in. */
export const appealUrl = ({ c, base }: ViewContext) => (c.link && safeUrl(c.link, base)) || location.href;

export function renderShare(context: ViewContext, notice: Notice, on: ActionHandlers) {
  const { c, t, level } = context;
  const url = appealUrl(context);
  const shared = () => on.onAction({ type: 'share' });
  return html`<section part="share" class="share" aria-labelledby="share-heading">
    <div role="heading" aria-level=${level + 1} id="share-heading" class="section-heading">${t.t('share.heading')}</div>
    <div class="button-row">
      ${typeof navigator.share === 'function'
        ? html`<button type="button" part="button" class="button" @click=${on.onShare}>${t.t('share.button')}</button>`
        : [
            html`<button type="button" part="button" class="button" @click=${() => on.onCopy(url, 'share', t.t('target.copied'), { type: 'share' })}>
              ${t.t('share.copy-link')}
            </button>`,
            shareLinks(url, c.title).map(
              ({ network, url: href }) =>
                html`<a part="button" class="button" href=${href} target="_blank" rel="noopener noreferrer" @click=${shared}
                  >${network === 'email' ? t.t('letter.email') : network === 'x' ? 'X' : 'Facebook'}</a
                >`,
            ),
          ]}
    </div>
    ${noticeAt(notice, 'share')}
  </section>`;
}

/** In place of the action area once the appeal has ended: what happened, and that nothing more is needed. */
export function renderEnded({ c, t, level }: ViewContext) {
  return html`<section part="outcome" class="outcome" aria-labelledby="outcome-heading">
    <div role="heading" aria-level=${level + 1} id="outcome-heading" class="section-heading">${t.t('ended.heading')}</div>
    <p>${t.t(`ended.${c.status}`)}</p>
    ${c.outcome ? html`<p>${c.outcome}</p>` : nothing}
    <p>${t.t('ended.thanks')}</p>
  </section>`;
}
