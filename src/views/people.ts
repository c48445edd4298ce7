import { html, nothing } from 'lit';
import { sentenceText } from '../case/format.js';
import type { ViewContext } from './context.js';

export function renderPeople({ c, t }: ViewContext) {
  if (!c.people.length) return nothing;
  return html`<table part="people" class="people">
    <caption>${t.t('people.caption')}</caption>
    <thead>
      <tr>
        <th scope="col">${t.t('people.name')}</th>
        <th scope="col">${t.t('people.sentence')}</th>
      </tr>
    </thead>
    <tbody>
      ${c.people.map(
        (person) => html`<tr>
          <th scope="row">
            <span class="person-name">${person.name}</span>
            ${person.aliases?.length
              ? html`<span class="aside">${t.t('people.aliases', { names: person.aliases.join(', ') })}</span>`
              : nothing}
            ${person.role ? html`<span class="aside" lang=${c.lang}>${person.role}</span>` : nothing}
          </th>
          <td>
            <span class="sentence">${sentenceText(person.sentence, t)}</span>
            ${person.status ? html`<span class="aside">${t.t(`person.${person.status}`)}</span>` : nothing}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
