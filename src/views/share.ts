import { html, isServer, nothing } from 'lit';
import { shareLinks } from '../social/posts.js';
import { appealUrl, type ContactHandlers } from './contact.js';
import type { ViewContext } from './context.js';
import { noticeAt, type Notice } from './notice.js';

export function renderShare(context: ViewContext, notice: Notice, on: ContactHandlers) {
  const { c, t, level } = context;
  const url = appealUrl(context);
  // Pre-rendered for a page not known yet, an appeal without a link of its own gets its share addresses at take-over.
  const known = !isServer || Boolean(c.link);
  const shared = () => on.onTaken({ type: 'share' });
  return html`<section part="share" class="share" aria-labelledby="share-heading">
    <div role="heading" aria-level=${level + 1} id="share-heading" class="section-heading">${t.t('share.heading')}</div>
    <div class="button-row">
      ${
        typeof globalThis.navigator?.share === 'function'
          ? html`<button type="button" part="button" class="button" @click=${on.onShare}>${t.t('share.button')}</button>`
          : [
              html`<button type="button" part="button" class="button" @click=${() => on.onCopy(url, 'share', t.t('target.copied'), { type: 'share' })}>
              ${t.t('share.copy-link')}
            </button>`,
              shareLinks(url, c.title).map(
                ({ network, url: href }) =>
                  html`<a part="button" class="button" href=${known ? href : nothing} target="_blank" rel="noopener noreferrer" @click=${shared}
                  >${network === 'email' ? t.t('letter.email') : network === 'x' ? 'X' : 'Facebook'}</a
                >`,
              ),
            ]
      }
    </div>
    ${noticeAt(notice, 'share')}
  </section>`;
}
