import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { targetLabel } from '../case/format.js';
import { greetingFor } from '../letter/compose.js';
import type { ViewContext } from './context.js';

export interface LetterViewState {
  addressee: number;
  signer: string;
  body: string;
  /** Message of the last copy attempt, shown and announced beside the button. */
  copyStatus: string;
}

export interface LetterViewHandlers {
  onAddressee(index: number): void;
  onSigner(name: string): void;
  onBody(text: string): void;
  onCopy(): void;
}

export function renderLetter({ c, t, level }: ViewContext, state: LetterViewState, on: LetterViewHandlers) {
  const target = c.targets[state.addressee];
  const salutation = target?.salutation ?? '';
  return html`<section part="letter" class="letter" aria-labelledby="letter-heading">
    <div role="heading" aria-level=${level + 1} id="letter-heading" class="section-heading">${t.t('letter.heading')}</div>
    ${c.targets.length > 1
      ? html`<label class="field">
          <span>${t.t('letter.addressee')}</span>
          <select @change=${(e: Event) => on.onAddressee(Number((e.target as HTMLSelectElement).value))}>
            ${c.targets.map(
              (candidate, index) =>
                html`<option value=${index} ?selected=${index === state.addressee}>${targetLabel(candidate)}</option>`,
            )}
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
      <p class="greeting">${salutation ? greetingFor(salutation) : nothing}</p>
      <label class="field">
        <span class="hint">${t.t('letter.body')}</span>
        <textarea
          rows="14"
          .value=${live(state.body)}
          @input=${(e: Event) => on.onBody((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <p class="closing">${c.letter.closing}${state.signer.trim() ? html`<br /><span class="signature">${state.signer.trim()}</span>` : nothing}</p>
    </div>
    <div class="button-row">
      <button type="button" part="button copy-button" class="button primary" @click=${on.onCopy}>${t.t('letter.copy')}</button>
      <p class="copy-status" role="status">${state.copyStatus}</p>
    </div>
  </section>`;
}
