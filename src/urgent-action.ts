import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { letterLanguageFor, letterLanguages, localiseCase } from './case/localise.js';
import { formatIssues, parseCase, type CaseIssue } from './case/parse.js';
import type { UrgentActionCase } from './case/schema.js';
import { recordAction } from './actions/memory.js';
import {
  UrgentActionActionEvent,
  UrgentActionErrorEvent,
  UrgentActionLoadEvent,
  type UrgentActionActionDetail,
  type UrgentActionErrorDetail,
} from './events.js';
import { createTranslator, pickLanguage, type Translator } from './i18n/translate.js';
import { copyText } from './letter/clipboard.js';
import { composeLetter, sampleBody } from './letter/compose.js';
import { LoadError, fetchJson } from './load/fetch-json.js';
import { safeUrl } from './urls.js';
import { styles } from './urgent-action.styles.js';
import type { ViewContext } from './views/context.js';
import { renderHeader, renderSummary } from './views/header.js';
import { renderLetter } from './views/letter.js';
import { renderPeople } from './views/people.js';
import { renderReport } from './views/report.js';
import { renderTargets } from './views/targets.js';

type View =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; case: UrgentActionCase; base: string }
  | { state: 'error'; detail: UrgentActionErrorDetail; transient: boolean };

/**
 * An Urgent Action appeal a reader can act on: summary, people and their sentences, whom to write to, a personalised
 * letter to copy, and a way to report the action taken.
 *
 * The case comes from the `case` property, else the JSON at `src`, else an inline
 * `<script type="application/json">` child.
 *
 * @summary An embeddable Urgent Action appeal.
 *
 * @slot - Fallback content (for example a link to the appeal): shown until the script runs, and again if the case
 *   can't be shown.
 *
 * @fires {UrgentActionLoadEvent} urgent-action-load - A case has been shown. `detail`: `{ case, src }`.
 * @fires {UrgentActionActionEvent} urgent-action-action - The reader took an action (copied the letter, opened an
 *   e-mail, …). `detail`: `{ type, target }`. Also remembered per case in localStorage for the report step.
 * @fires {UrgentActionErrorEvent} urgent-action-error - The case could not be loaded or is invalid. `detail`:
 *   `{ reason, message, issues, src }`; `issues` lists each invalid field as `{ path, message }`.
 *
 * @csspart header - The title block: UA number, country, title, kind, status and dates.
 * @csspart badge - The kind and status labels in the header.
 * @csspart summary - The summary paragraphs.
 * @csspart people - The table of people concerned and their sentences.
 * @csspart target - One card per official to contact.
 * @csspart letter - The letter section: addressee, name, text and copy button.
 * @csspart letter-text - The letter itself.
 * @csspart button - Every button.
 * @csspart copy-button - The "Copy letter" button.
 * @csspart report - The report section.
 * @csspart report-button - The "Report your action" button.
 * @csspart error - The message shown when the case can't be shown.
 *
 * @cssprop [--urgent-action-accent=#b00020] - Accent colour: buttons, highlights.
 * @cssprop [--urgent-action-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--urgent-action-background=transparent] - Background of the widget.
 * @cssprop [--urgent-action-surface=#f6f6f4] - Background of cards and the letter.
 * @cssprop [--urgent-action-text=#1b1b1b] - Main text colour.
 * @cssprop [--urgent-action-muted=#555555] - Secondary text colour.
 * @cssprop [--urgent-action-border=#c9c9c4] - Border colour.
 * @cssprop [--urgent-action-radius=0.375rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--urgent-action-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--urgent-action-font-scale=1] - Multiplies every font size.
 * @cssprop [--urgent-action-spacing=1rem] - Base spacing unit.
 */
export class UrgentActionElement extends LitElement {
  static override styles = styles;

  /** URL of the case JSON. Relative URLs resolve against the page. */
  @property({ reflect: true }) src?: string;

  /** The case as an object, for JavaScript users. Takes precedence over `src` and inline JSON; validated the same way. */
  @property({ attribute: false }) case?: unknown;

  /**
   * Interface language (BCP 47). Defaults to the language the case is shown in, then the page's (`lang` of the closest
   * ancestor), then English. The case's text is shown in its best translation for this language, else the page's.
   */
  @property() override lang!: string;

  /** `aria-level` of the appeal's title, to fit the host page's outline; sections sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds before a `src` request is given up. */
  @property({ type: Number, attribute: false }) timeout = 15_000;

  @state() private view: View = { state: 'idle' };
  @state() private addressee = 0;
  @state() private signer = '';
  @state() private copyStatus = '';
  /** Language of the letter: the addressee's preferred one when the case has the letter in it. */
  @state() private letterLang = '';

  // The letter text lives outside reactive state: typing must not re-render the widget.
  private body = '';
  private loadRequest?: AbortController;
  private loadEventPending = false;
  private translator: Translator = createTranslator('en');
  /** The case in the reader's language. */
  private localised?: UrgentActionCase;

  /** The case being shown, once it has loaded and passed validation. */
  get caseData(): UrgentActionCase | undefined {
    return this.view.state === 'ready' ? this.view.case : undefined;
  }

  /** Loads the case again (after a network failure, say). */
  reload(): void {
    this.startLoad();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a removal aborted the request: start again.
    if (this.hasUpdated && this.view.state !== 'ready') this.startLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loadRequest) {
      this.loadRequest.abort();
      this.loadRequest = undefined;
      this.view = { state: 'idle' };
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('case')) this.startLoad();
    if (changed.has('lang') || changed.has('view')) {
      const page = this.closest('[lang]')?.getAttribute('lang');
      const c = this.caseData;
      this.localised = c && localiseCase(c, this.lang || page || c.lang);
      const lang = pickLanguage([this.lang, this.localised?.lang, page]);
      if (lang !== this.translator.lang) this.translator = createTranslator(lang);
      if (changed.has('view') && c) this.writeIn(this.preferredLetterLanguage(0));
    }
  }

  protected override updated(): void {
    if (this.loadEventPending && this.view.state === 'ready') {
      this.loadEventPending = false;
      this.dispatchEvent(new UrgentActionLoadEvent({ case: this.view.case, src: this.sourceUrl() }));
    }
  }

  private sourceUrl(): string | undefined {
    return this.src ? safeUrl(this.src, document.baseURI) : undefined;
  }

  private startLoad(): void {
    this.loadRequest?.abort();
    this.loadRequest = undefined;
    if (this.case !== undefined) return this.accept(this.case, undefined);
    if (this.src !== undefined) return this.fetchCase();
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      let data: unknown;
      try {
        data = JSON.parse(inline.textContent ?? '');
      } catch (error) {
        return this.fail({ reason: 'json', message: `the inline case is not valid JSON: ${(error as Error).message}` }, false);
      }
      return this.accept(data, undefined);
    }
    if (document.readyState === 'loading') {
      // Upgraded while the parser had not reached our children yet.
      document.addEventListener('DOMContentLoaded', () => this.startLoad(), { once: true });
      return;
    }
    this.fail({ reason: 'missing-source', message: 'give a src attribute, a case property or an inline JSON script' }, false);
  }

  private fetchCase(): void {
    const src = this.sourceUrl();
    if (!src) {
      return this.fail({ reason: 'network', message: `src "${this.src}" is not an http(s) URL`, src: this.src }, false);
    }
    const request = new AbortController();
    this.loadRequest = request;
    this.view = { state: 'loading' };
    fetchJson(src, { signal: request.signal, timeoutMs: this.timeout }).then(
      (data) => {
        if (request !== this.loadRequest) return;
        this.loadRequest = undefined;
        this.accept(data, src);
      },
      (error: unknown) => {
        // An aborted request was replaced by a newer one (or the element left the page): nothing to report.
        if (request !== this.loadRequest) return;
        this.loadRequest = undefined;
        const failure = error instanceof LoadError ? error : new LoadError('network', String(error));
        this.fail({ reason: failure.reason, message: `could not load ${src}: ${failure.message}`, src }, failure.transient);
      },
    );
  }

  private accept(data: unknown, src: string | undefined): void {
    const result = parseCase(data);
    if (!result.ok) return this.fail(invalidCaseDetail(result.issues, src), false);
    this.view = { state: 'ready', case: result.value, base: src ?? document.baseURI };
    this.addressee = 0;
    this.copyStatus = '';
    this.loadEventPending = true;
  }

  private fail(detail: UrgentActionErrorDetail, transient: boolean): void {
    this.view = { state: 'error', detail, transient };
    const lines = detail.issues ? `\n${formatIssues(detail.issues)}` : '';
    console.error(`<urgent-action>: ${detail.message}${lines}`);
    this.dispatchEvent(new UrgentActionErrorEvent(detail));
  }

  /** The case in the letter's language. */
  private get letterCase(): UrgentActionCase | undefined {
    return this.caseData && localiseCase(this.caseData, this.letterLang);
  }

  private preferredLetterLanguage(addressee: number): string {
    const c = this.caseData!;
    return letterLanguageFor(c, c.targets[addressee], this.localised!.lang);
  }

  /** Switches the letter to `lang`, starting again from the case's letter in that language. */
  private writeIn(lang: string): void {
    this.letterLang = lang;
    this.body = sampleBody(this.letterCase!.letter);
  }

  private readonly letterHandlers = {
    onAddressee: (index: number) => {
      const untouched = this.body === sampleBody(this.letterCase!.letter);
      this.addressee = index;
      // Follow the new addressee's preferred language, unless the reader has already changed the text.
      if (untouched) this.writeIn(this.preferredLetterLanguage(index));
    },
    onLetterLanguage: (lang: string) => this.writeIn(lang),
    onSigner: (name: string) => (this.signer = name),
    onBody: (text: string) => (this.body = text),
    onCopy: () => this.copyLetter(),
  };

  /** The letter exactly as the reader sees it. */
  get letterText(): string {
    const c = this.letterCase;
    if (!c) return '';
    return composeLetter({
      salutation: c.targets[this.addressee]?.salutation ?? '',
      body: this.body,
      closing: c.letter.closing,
      signer: this.signer,
    });
  }

  /** Remembers an action the reader took and tells the host page. */
  private takeAction(action: UrgentActionActionDetail): void {
    const c = this.caseData;
    if (!c) return;
    recordAction(c.id, action);
    this.dispatchEvent(new UrgentActionActionEvent(action));
  }

  private copyLetter(): void {
    const text = this.letterText;
    this.copyStatus = '';
    void copyText(text, this.renderRoot).then(async (copied) => {
      if (copied) this.takeAction({ type: 'copy', target: this.addressee });
      // Let the cleared status render first, so the same message is announced again on a second copy.
      await this.updateComplete;
      const t = this.translator;
      this.copyStatus = copied ? t.t('letter.copied') : t.t('letter.copy-failed');
      if (!copied) this.renderRoot.querySelector('textarea')?.select();
    });
  }

  protected override render() {
    const t = this.translator;
    const view = this.view;
    if (view.state === 'error') {
      return html`<div class="root" lang=${t.lang} dir=${t.dir}>
        <div part="error" class="error" role="alert">
          <p class="error-title">${t.t('error.title')}</p>
          <p>${t.t(`error.${view.detail.reason}`)}</p>
          ${view.transient
            ? html`<button type="button" part="button" class="button" @click=${() => this.reload()}>${t.t('error.retry')}</button>`
            : nothing}
        </div>
        <slot></slot>
      </div>`;
    }
    if (view.state !== 'ready') {
      return html`<div class="root" lang=${t.lang} dir=${t.dir}>
        <div class="placeholder" role="status">${t.t('loading')}</div>
      </div>`;
    }
    const context: ViewContext = { c: this.localised!, t, base: view.base, level: this.headingLevel };
    return html`<section class="root" lang=${t.lang} dir=${t.dir} aria-labelledby="title">
      ${guard([this.localised, t, this.headingLevel], () => [
        renderHeader(context),
        renderSummary(context),
        renderPeople(context),
        renderTargets(context),
      ])}
      ${renderLetter(
        context,
        {
          addressee: this.addressee,
          signer: this.signer,
          body: this.body,
          copyStatus: this.copyStatus,
          letter: this.letterCase!,
          languages: letterLanguages(view.case),
        },
        this.letterHandlers,
      )}
      ${renderReport(context)}
    </section>`;
  }
}

function invalidCaseDetail(issues: CaseIssue[], src: string | undefined): UrgentActionErrorDetail {
  const where = src ? `the case at ${src}` : 'the case';
  return { reason: 'invalid', message: `${where} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, issues, src };
}
