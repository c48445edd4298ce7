import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { UrgentActionCase } from '../case/schema.js';
import { directionOf } from '../i18n/translate.js';
import { targetLabel } from '../case/format.js';
import { greetingFor } from '../letter/compose.js';
import type { ViewContext } from './context.js';

export interface LetterViewState {
  addressee: number;
  signer: string;
  body: string;
  /** Message of the last copy attempt, shown and announced beside the button. */
  copyStatus: string;
  /** The case in the letter's language (its `lang`): salutations, letter text and closing. */
  letter: UrgentActionCase;
  /** Languages the case has the letter in. */
  languages: readonly string[];
}

export interface LetterViewHandlers {
  onAddressee(index: number): void;
  onLetterLanguage(lang: string): void;
  onSigner(name: string): void;
  onBody(text: string): void;
  onCopy(): void;
}

export function renderLetter({ c, t, level }: ViewContext, state: LetterViewState, on: LetterViewHandlers) {
  const target = c.targets[state.addressee];
  const { lang, targets, letter } = state.letter;
  const dir = directionOf(lang);
  const salutation = targets[state.addressee]?.salutation ?? '';
  const prefers = target?.language
    ? html`<p class="hint" id="prefers">${t.t('letter.prefers', { name: target.name, language: t.language(target.language) })}</p>`
    : nothing;
  return html`<section part="letter" class="letter" aria-labelledby="letter-heading">
    <div role="heading" aria-level=${level + 1} id="letter-heading" class="section-heading">${t.t('letter.heading')}</div>
    ${c.targets.length > 1
      ? html`<label class="field">
          <span>${t.t('letter.addressee')}</span>
          <select
            aria-describedby=${ifDefined(target?.language ? 'prefers' : undefined)}
            @change=${(e: Event) => on.onAddressee(Number((e.target as HTMLSelectElement).value))}
          >
            ${c.targets.map(
              (candidate, index) =>
                html`<option value=${index} ?selected=${index === state.addressee}>${targetLabel(candidate)}</option>`,
            )}
          </select>
        </label>`
      : nothing}
    ${prefers}
    ${state.languages.length > 1
      ? html`<label class="field">
          <span>${t.t('letter.language')}</span>
          <select @change=${(e: Event) => on.onLetterLanguage((e.target as HTMLSelectElement).value)}>
            ${state.languages.map((tag) => html`<option value=${tag} ?selected=${tag === lang}>${t.language(tag)}</option>`)}
          </select>
        </label>`
      : nothing}
    <label class="field">
      <span>${t.t('letter.signer')}</span>
      <input
        type="text"
        autocomplete="name"
        .value=${live(state.signer)}
        @input=${(e: Event) => on.onSigner((e.target as HTMLInputElement).value)}
      />
    </label>
    <div class="paper" part="letter-text">
      <p class="greeting" lang=${lang} dir=${dir}>${salutation ? greetingFor(salutation) : nothing}</p>
      <label class="field">
        <span class="hint">${t.t('letter.body')}</span>
        <textarea
          lang=${lang}
          dir=${dir}
          rows="14"
          .value=${live(state.body)}
          @input=${(e: Event) => on.onBody((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <p class="closing" lang=${lang} dir=${dir}>${letter.closing}${state.signer.trim() ? html`<br /><span class="signature">${state.signer.trim()}</span>` : nothing}</p>
    </div>
    <div class="button-row">
      <button type="button" part="button copy-button" class="button primary" @click=${on.onCopy}>${t.t('letter.copy')}</button>
      <p class="copy-status" role="status">${state.copyStatus}</p>
    </div>
  </section>`;
}
