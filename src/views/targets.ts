import { html, nothing } from 'lit';
import type { Target } from '../case/schema.js';
import { targetRole } from '../case/format.js';
import { SOCIAL_NETWORKS, profileUrl, telUrl, type SocialNetwork } from '../urls.js';
import type { ViewContext } from './context.js';

export function renderTargets(context: ViewContext) {
  const { c, t, level } = context;
  if (!c.targets.length) return nothing;
  return html`<section class="targets" aria-labelledby="targets-heading">
    <div role="heading" aria-level=${level + 1} id="targets-heading" class="section-heading">${t.t('targets.heading')}</div>
    ${c.instructions ? html`<p class="instructions" lang=${c.lang}>${c.instructions}</p>` : nothing}
    <ul class="cards" role="list">
      ${c.targets.map((target) => html`<li>${renderTarget(target, context)}</li>`)}
    </ul>
  </section>`;
}

function renderTarget(target: Target, { c, t, level }: ViewContext) {
  const role = targetRole(target);
  const social = Object.entries(target.social ?? {}).flatMap(([network, handle]) => {
    const url = handle ? profileUrl(network as SocialNetwork, handle) : undefined;
    return url ? [{ network: network as SocialNetwork, handle, url }] : [];
  });
  return html`<article part="target" class="card">
    <div role="heading" aria-level=${level + 2} class="target-name">${target.name}</div>
    ${role ? html`<p class="target-role" lang=${c.lang}>${role}</p>` : nothing}
    <dl class="contacts">
      ${target.address?.length
        ? html`<dt>${t.t('target.address')}</dt>
            <dd><address>${target.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address></dd>`
        : nothing}
      ${target.fax?.length
        ? html`<dt>${t.t('target.fax')}</dt>
            ${target.fax.map((number) => html`<dd class="number">${number}</dd>`)}`
        : nothing}
      ${target.phone?.length
        ? html`<dt>${t.t('target.phone')}</dt>
            ${target.phone.map((number) => html`<dd><a href=${telUrl(number)} class="number">${number}</a></dd>`)}`
        : nothing}
      ${target.email?.length
        ? html`<dt>${t.t('target.email')}</dt>
            ${target.email.map((address) => html`<dd><a href=${`mailto:${address}`}>${address}</a></dd>`)}`
        : nothing}
      ${social.length
        ? html`<dt>${t.t('target.social')}</dt>
            ${social.map(
              ({ network, handle, url }) =>
                html`<dd>
                  <a href=${url} target="_blank" rel="noopener noreferrer"
                    >${SOCIAL_NETWORKS[network].label}: ${handle.startsWith('@') ? handle : `@${handle}`}</a
                  >
                </dd>`,
            )}`
        : nothing}
      <dt>${t.t('target.salutation')}</dt>
      <dd class="salutation" lang=${c.lang}>${target.salutation}</dd>
      ${target.language ? html`<dt>${t.t('target.language')}</dt><dd>${t.language(target.language)}</dd>` : nothing}
    </dl>
    ${target.notes?.map((note) => html`<p class="note" lang=${c.lang}>${note}</p>`)}
  </article>`;
}
