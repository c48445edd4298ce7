import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Target } from '../case/schema.js';
import { targetRole } from '../case/format.js';
import { callScript } from '../letter/compose.js';
import { fitPost, xPostUrl } from '../social/posts.js';
import { SOCIAL_NETWORKS, profileUrl, shownHandle, telUrl, type SocialNetwork } from '../urls.js';
import { appealUrl, mailLink, type ContactHandlers } from './contact.js';
import type { ViewContext } from './context.js';
import { messageAt, noticeAt, type Notice, type NoticeRegion } from './notice.js';

/** More targets than this, and cards out of view are laid out only when the reader scrolls near them. */
const LONG_LIST = 10;

export function renderTargets(context: ViewContext, notice: Notice, on: ContactHandlers) {
  const { c, t, level } = context;
  if (!c.targets.length) return nothing;
  return html`<section part="targets" class="targets" aria-labelledby="targets-heading">
    <div role="heading" aria-level=${level + 1} id="targets-heading" class="section-heading">${t.t('targets.heading')}</div>
    ${c.instructions ? html`<p class="instructions" lang=${c.lang}>${c.instructions}</p>` : nothing}
    <ul class="cards ${c.targets.length > LONG_LIST ? 'long' : ''}" role="list">
      ${c.targets.map((target, index) => {
        // A card changes with the case and wording, or with its own notice: a copy on one card renders that card (and
        // the one whose notice it clears), not every card of a long list. Its e-mail link takes the letter as it stands
        // when it is followed.
        const shown = messageAt(notice, cardRegion(index));
        return html`<li>${guard([context, shown], () => renderTarget(target, index, context, notice, on))}</li>`;
      })}
    </ul>
  </section>`;
}

function renderTarget(target: Target, index: number, context: ViewContext, notice: Notice, on: ContactHandlers) {
  const { c, t, level } = context;
  const where = cardRegion(index);
  const role = targetRole(target);
  const social = Object.entries(target.social ?? {}).flatMap(([network, handle]) => {
    const url = handle ? profileUrl(network as SocialNetwork, handle) : undefined;
    return url ? [{ network: network as SocialNetwork, handle: shownHandle(handle), url }] : [];
  });
  const x = social.find(({ network }) => network === 'x');
  const took = (type: 'call' | 'social') => () => on.onTaken({ type, target: index });
  const copyButton = (text: string, label: string, type: 'fax' | 'postal') =>
    html`<button type="button" part="button" class="link-button" aria-label=${label} @click=${() => on.onCopy(text, where, t.t('target.copied'), { type, target: index })}>
      ${t.t('target.copy')}
    </button>`;
  return html`<article part="target" class="card">
    <div role="heading" aria-level=${level + 2} class="target-name">${target.name}</div>
    ${role ? html`<p class="target-role" lang=${c.lang}>${role}</p>` : nothing}
    <dl class="contacts">
      ${
        target.address?.length
          ? html`<dt>${t.t('target.address')}</dt>
            <dd>
              <address>${target.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address>
              ${copyButton(
                [target.name, role, ...target.address].filter(Boolean).join('\n'),
                t.t('target.copy-address', { name: target.name }),
                'postal',
              )}
            </dd>`
          : nothing
      }
      ${
        target.fax?.length
          ? html`<dt>${t.t('target.fax')}</dt>
            ${target.fax.map(
              (number) => html`<dd>
                <span class="number">${number}</span>
                ${copyButton(number, t.t('target.copy-fax', { number }), 'fax')}
              </dd>`,
            )}`
          : nothing
      }
      ${
        target.phone?.length
          ? html`<dt>${t.t('target.phone')}</dt>
            ${target.phone.map((number) => html`<dd><a href=${telUrl(number)} class="number" @click=${took('call')}>${number}</a></dd>`)}
            <dd>
              <details class="script">
                <summary>${t.t('target.call-script')}</summary>
                <p>${callScript(t.t('target.call-intro', { ua: c.ua }), c.letter, c.callScript)}</p>
              </details>
            </dd>`
          : nothing
      }
      ${
        target.email?.length
          ? html`<dt>${t.t('target.email')}</dt>
            <dd>${mailLink(on, 'app', index, where, t.t('target.send-email', { address: target.email.join(', ') }), 'mail')}</dd>`
          : nothing
      }
      ${
        social.length
          ? html`<dt>${t.t('target.social')}</dt>
            ${social.map(
              ({ network, handle, url }) =>
                html`<dd>
                  <a href=${url} target="_blank" rel="noopener noreferrer" @click=${took('social')}
                    >${SOCIAL_NETWORKS[network].label}: ${handle}</a
                  >
                </dd>`,
            )}`
          : nothing
      }
      <dt>${t.t('target.salutation')}</dt>
      <dd class="salutation" lang=${c.lang}>${target.salutation}</dd>
      ${target.language ? html`<dt>${t.t('target.language')}</dt><dd>${t.language(target.language)}</dd>` : nothing}
    </dl>
    ${
      x
        ? html`<a part="button" class="button" href=${xPostUrl(fitPost(postText(context, x.handle), c.link && appealUrl(context)))}
          target="_blank" rel="noopener noreferrer" @click=${took('social')}>${t.t('target.post', { handle: x.handle })}</a>`
        : nothing
    }
    ${target.notes?.map((note) => html`<p class="note" lang=${c.lang}>${note}</p>`)}
    ${noticeAt(notice, where)}
  </article>`;
}

const cardRegion = (index: number): NoticeRegion => `target-${index}`;

/** The case's post with `{handle}` filled in, else the default: handle and title. */
function postText({ c, t }: ViewContext, handle: string): string {
  return c.socialMessage ? c.socialMessage.replaceAll('{handle}', handle) : t.t('target.post-text', { handle, title: c.title });
}
