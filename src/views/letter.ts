import { html, isServer, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { targetLabel } from '../case/format.js';
import type { UrgentActionCase } from '../case/schema.js';
import { directionOf } from '../i18n/translate.js';
import { greetingFor } from '../letter/compose.js';
import { mailLink, type ContactHandlers } from './contact.js';
import type { ViewContext } from './context.js';
import { noticeAt, type Notice } from './notice.js';

export interface LetterViewState {
  addressee: number;
  signer: string;
  /** City and country, signed under the name. */
  place: string;
  body: string;
  /** Message of the last action (copy, e-mail, print …), shown and announced below the buttons. */
  notice: Notice;
  /** The case in the letter's language (its `lang`): salutations, letter text and closing. */
  letter: UrgentActionCase;
  /** Languages the case has the letter in. */
  languages: readonly string[];
}

export interface LetterViewHandlers {
  onAddressee(index: number): void;
  onLetterLanguage(lang: string): void;
  onSigner(name: string): void;
  onPlace(place: string): void;
  onBody(text: string): void;
  onCopyLetter(): void;
  onReset(): void;
  onPrint(): void;
  onDownload(): void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

export function renderLetter({ c, t, level }: ViewContext, state: LetterViewState, on: LetterViewHandlers & ContactHandlers) {
  const index = state.addressee;
  const target = c.targets[index];
  const { lang, targets, letter } = state.letter;
  const dir = directionOf(lang);
  const salutation = targets[index]?.salutation;
  const signature = [state.signer, state.place].map((line) => line.trim()).filter(Boolean);
  return html`<section part="letter" class="letter" aria-labelledby="letter-heading">
    <div role="heading" aria-level=${level + 1} id="letter-heading" class="section-heading">${t.t('letter.heading')}</div>
    ${
      c.targets.length > 1
        ? html`<label class="field">
          <span>${t.t('letter.addressee')}</span>
          <select
            aria-describedby=${ifDefined(target?.language ? 'prefers' : undefined)}
            .value=${live(String(index))}
            @change=${(e: Event) => on.onAddressee(Number(value(e)))}
          >
            ${
              // Built again with the list of addressees only, not at each change of addressee: the value above moves the
              // selection; `selected` gives it to a select being built (it has no options yet) and to pre-rendered markup.
              guard([c.targets], () =>
                c.targets.map((candidate, i) => html`<option value=${i} ?selected=${i === index}>${targetLabel(candidate)}</option>`),
              )
            }
          </select>
        </label>`
        : nothing
    }
    ${
      target?.language
        ? html`<p class="hint" id="prefers">${t.t('letter.prefers', { name: target.name, language: t.language(target.language) })}</p>`
        : nothing
    }
    ${
      state.languages.length > 1
        ? html`<label class="field">
          <span>${t.t('letter.language')}</span>
          <select @change=${(e: Event) => on.onLetterLanguage(value(e))}>
            ${state.languages.map((tag) => html`<option value=${tag} ?selected=${tag === lang}>${t.language(tag)}</option>`)}
          </select>
        </label>`
        : nothing
    }
    <div class="signer">
      <label class="field">
        <span>${t.t('letter.signer')}</span>
        <input type="text" autocomplete="name" .value=${live(state.signer)} @input=${(e: Event) => on.onSigner(value(e))} />
      </label>
      <label class="field">
        <span>${t.t('letter.place')}</span>
        <input type="text" class="place" .value=${live(state.place)} @input=${(e: Event) => on.onPlace(value(e))} />
      </label>
    </div>
    <div class="paper" part="letter-text">
      <p class="greeting" lang=${lang} dir=${dir}>${salutation ? greetingFor(salutation) : nothing}</p>
      <label class="field">
        <span class="hint">${t.t('letter.body')}</span>
        ${
          isServer
            ? // Pre-rendered: a property is not markup, and Lit binds no text inside a textarea. The letter goes out as an
              // attribute, which the render command moves into the field's text, so it reads without script.
              html`<textarea lang=${lang} dir=${dir} rows="14" data-text=${state.body}></textarea>`
            : html`<textarea lang=${lang} dir=${dir} rows="14" .value=${live(state.body)} @input=${(e: Event) => on.onBody(value(e))}></textarea>`
        }
      </label>
      <button type="button" part="button" class="link-button reset" @click=${on.onReset}>${t.t('letter.reset')}</button>
      <p class="closing" lang=${lang} dir=${dir}>${letter?.closing}${signature.map((line) => html`<br /><span class="signature">${line}</span>`)}</p>
    </div>
    <div class="button-row">
      <button type="button" part="button copy-button" class="button primary" @click=${on.onCopyLetter}>${t.t('letter.copy')}</button>
    </div>
    ${
      target?.email?.length
        ? html`<div class="button-row" role="group" aria-labelledby="send-label">
          <span id="send-label" class="send-label">${t.t('letter.send', { name: target.name })}</span>
          ${mailLink(on, 'app', index, 'letter', t.t('letter.email'))}
          ${mailLink(on, 'gmail', index, 'letter', t.t('letter.gmail'))}
          ${mailLink(on, 'outlook', index, 'letter', t.t('letter.outlook'))}
        </div>`
        : nothing
    }
    <div class="button-row">
      <button type="button" part="button" class="button" @click=${on.onPrint}>${t.t('letter.print')}</button>
      <button type="button" part="button" class="button" @click=${on.onDownload}>${t.t('letter.download')}</button>
    </div>
    ${noticeAt(state.notice, 'letter')}
  </section>`;
}
