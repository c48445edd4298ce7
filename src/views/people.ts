import { html, nothing } from 'lit';
import type { Sentence } from '../case/schema.js';
import type { Translator } from '../i18n/translate.js';
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
            ${
              person.aliases?.length
                ? html`<span class="aside">${t.t('people.aliases', { names: person.aliases.join(', ') })}</span>`
                : nothing
            }
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

/** "12 years", "2 years 6 months", or the sentence's own words ("life"). */
function sentenceText(sentence: Sentence | undefined, t: Translator): string {
  if (!sentence) return t.t('sentence.none');
  const parts: string[] = [];
  if (sentence.years) parts.push(t.t('sentence.years', { count: sentence.years }));
  if (sentence.months) parts.push(t.t('sentence.months', { count: sentence.months }));
  if (sentence.text) parts.push(sentence.text);
  return parts.length ? parts.join(' ') : t.t('sentence.none');
}
