import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { hasEnded, localDate, targetRole } from './case/format.js';
import { letterLanguageFor, letterLanguages, localiseCase } from './case/localise.js';
import { formatIssues, parseCase, type CaseIssue } from './case/parse.js';
import { caseSchema, type UrgentActionCase } from './case/schema.js';
import { recordAction } from './actions/memory.js';
import {
  UrgentActionActionEvent,
  UrgentActionErrorEvent,
  UrgentActionLoadEvent,
  type CaseErrorDetail,
  type UrgentActionActionDetail,
} from './events.js';
import { createTranslator, pickLanguage, type Translator } from './i18n/translate.js';
import { copyText } from './letter/clipboard.js';
import { composeLetter, sampleBody } from './letter/compose.js';
import { safeMailUrl, type MailClient } from './letter/mailto.js';
import { writePrintView } from './letter/print.js';
import { LoadError, failureMessageKey, fetchJson } from './load/fetch-json.js';
import { ReportController } from './report/controller.js';
import { safeUrl } from './urls.js';
import { styles } from './urgent-action.styles.js';
import { actionStyles } from './views/actions.styles.js';
import { appealUrl, renderEnded, renderShare, type Notice } from './views/actions.js';
import { bidiStyles } from './views/bidi.styles.js';
import { reportStyles } from './views/report.styles.js';
import type { ViewContext } from './views/context.js';
import { renderHeader, renderSummary } from './views/header.js';
import { renderLetter } from './views/letter.js';
import { renderPeople } from './views/people.js';
import { renderTargets } from './views/targets.js';

type View =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; case: UrgentActionCase; base: string }
  | { state: 'error'; detail: CaseErrorDetail; transient: boolean };

/**
 * An Urgent Action appeal a reader can act on: summary, people and their sentences, whom to write to, a personalised
 * letter to copy or send, and a way to report the action taken. Once the appeal is closed, successful or past its
 * deadline, the actions give way to its outcome.
 *
 * The case comes from the `case` property, else the JSON at `src`, else an inline
 * `<script type="application/json">` child.
 *
 * @summary An embeddable Urgent Action appeal.
 * @tagname urgent-action
 *
 * @slot - Fallback content (for example a link to the appeal): shown until the script runs, and again if the case
 *   can't be shown.
 *
 * @fires {UrgentActionLoadEvent} urgent-action-load - A case has been shown. `detail`: `{ case, src }`.
 * @fires {UrgentActionActionEvent} urgent-action-action - The reader took an action (copied the letter, opened an
 *   e-mail, …). `detail`: `{ type, target }`. Also remembered per case in localStorage for the report step.
 * @fires {UrgentActionReportEvent} urgent-action-report - The reader sent a report (or opened the organisation's
 *   report form). `detail`: its counts, `{ case, ua, key, actions, total, at, widget, origin }`; never the reader's
 *   name, e-mail or country.
 * @fires {UrgentActionErrorEvent} urgent-action-error - The case could not be loaded or is invalid, or (reason
 *   `report-refused`, the case still shown) its report URLs break the rules for where reports may go. `detail`:
 *   `{ reason, message, issues, src }`; `issues` lists each invalid field as `{ path, message }`.
 *
 * @csspart header - The title block: UA number, country, title, kind, status and dates.
 * @csspart badge - The kind and status labels in the header.
 * @csspart summary - The summary paragraphs.
 * @csspart people - The table of people concerned and their sentences.
 * @csspart targets - The section on whom to contact: heading, instructions and cards.
 * @csspart target - One card per official to contact.
 * @csspart letter - The letter section: addressee, name, place, text, and the copy, e-mail, print and download buttons.
 * @csspart letter-text - The letter itself.
 * @csspart button - Every button.
 * @csspart copy-button - The "Copy letter" button.
 * @csspart share - The "Share this appeal" section.
 * @csspart outcome - The notice shown instead of the actions once the appeal has ended.
 * @csspart report - The report section.
 * @csspart report-button - The "Report your action" button.
 * @csspart report-total - The "N actions taken so far" line.
 * @csspart report-dialog - The report dialog.
 * @csspart report-send - The dialog's "Send report" button.
 * @csspart report-form - The dialog's link to the organisation's report form.
 * @csspart error - The message shown when the case can't be shown.
 *
 * @cssprop [--urgent-action-accent=#b00020 / #ff7b86] - Accent colour: buttons, links, highlights (light / dark
 *   default).
 * @cssprop [--urgent-action-accent-text=#fff / #1b1b1b] - Text on the accent colour.
 * @cssprop [--urgent-action-background=transparent / #161618] - Background of the widget; a colour also pads it.
 * @cssprop [--urgent-action-surface=#f6f6f4 / #242427] - Background of cards, fields and the loading placeholder.
 * @cssprop [--urgent-action-text=#1b1b1b / #ececec] - Main text colour.
 * @cssprop [--urgent-action-muted=#555 / #b4b4b4] - Secondary text colour and field borders.
 * @cssprop [--urgent-action-border=#c9c9c4 / #55555b] - Border colour of cards, the letter and the table.
 * @cssprop [--urgent-action-focus=#1a5fb4 / #8ab4f8] - Keyboard focus ring.
 * @cssprop [--urgent-action-radius=0.375rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--urgent-action-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--urgent-action-font-scale=1] - Multiplies every font size.
 * @cssprop [--urgent-action-spacing=1rem] - Base spacing unit.
 * @cssprop [--urgent-action-placeholder-height=40rem] - Height reserved while the case loads, so the page doesn't jump.
 * @cssprop [--urgent-action-dialog-background=#fff / #161618] - Background of the report dialog.
 * @cssprop [--urgent-action-backdrop=#0008 / #000c] - What covers the page behind the report dialog.
 */
export class UrgentActionElement extends LitElement {
  static override styles = [styles, actionStyles, bidiStyles, reportStyles];

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

  /** Colour scheme: `light` or `dark`; without it, the reader's system preference (`prefers-color-scheme`). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `lazy` waits to fetch `src` until the widget comes near the viewport; `eager` (the default) fetches at once. */
  @property({ reflect: true }) loading: 'eager' | 'lazy' = 'eager';

  /**
   * Origins the case may send reports to, space-separated (`https://reports.example.org https://crm.example.net`).
   * A case whose report endpoint or count URL is elsewhere gets its report form link instead, or no report button,
   * and the page an `urgent-action-error` with reason `report-refused`. Without it, any https endpoint is allowed.
   */
  @property({ attribute: 'report-origins' }) reportOrigins?: string;

  /** Milliseconds before a `src` request is given up. */
  @property({ type: Number, attribute: false }) timeout = 15_000;

  @state() private view: View = { state: 'idle' };
  @state() private addressee = 0;
  /**
   * The case in the letter's language (salutations, letter text, closing): the addressee's preferred language when the
   * case has the letter in it. Set by `writeIn`, the one place that language changes.
   */
  @state() private letterCase?: UrgentActionCase;
  @state() private signer = '';
  @state() private place = '';
  @state() private notice: Notice = { where: '', message: '' };

  // The letter text lives outside reactive state: typing must not re-render the widget.
  private body = '';
  private loadRequest?: AbortController;
  /** The case in the reader's language. */
  private localised?: UrgentActionCase;
  /** Watches for the widget nearing the viewport while a lazy fetch waits. */
  private approach?: IntersectionObserver;
  private loadEventPending = false;
  private translator: Translator = createTranslator('en');
  private readonly reporter = new ReportController(this, () => this.reportOrigins);

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
    this.approach?.disconnect();
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
      if (changed.has('view')) {
        if (c) this.writeIn(this.preferredLetterLanguage(0));
        else this.letterCase = undefined;
      }
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
    this.approach?.disconnect();
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
    if (this.loading === 'lazy' && this.view.state === 'idle') {
      // Fetch once within about a screen of the viewport, so the case is usually there when the reader arrives.
      this.approach = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.approach!.disconnect();
          this.view = { state: 'loading' };
          this.fetchCase();
        },
        { rootMargin: '100%' },
      );
      return this.approach.observe(this);
    }
    const src = this.sourceUrl();
    if (!src) {
      return this.fail({ reason: 'network', message: `src "${this.src}" is not an http(s) URL`, src: this.src }, false);
    }
    const request = new AbortController();
    this.loadRequest = request;
    this.view = { state: 'loading' };
    // While the case is on its way, once the page has had a chance to paint: build the schema and pay the browser's
    // one-time Intl setup, so that neither delays the case when it arrives.
    setTimeout(() => {
      caseSchema();
      this.translator.prepare();
    });
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
        this.fail(
          { reason: failure.reason, message: `could not load ${src}: ${failure.message}`, src, status: failure.status },
          failure.transient,
        );
      },
    );
  }

  private accept(data: unknown, src: string | undefined): void {
    const result = parseCase(data);
    if (!result.ok) return this.fail(invalidCaseDetail(result.issues, src), false);
    this.view = { state: 'ready', case: result.value, base: src ?? document.baseURI };
    this.addressee = 0;
    this.notice = { where: '', message: '' };
    this.loadEventPending = true;
  }

  private fail(detail: CaseErrorDetail, transient: boolean): void {
    this.view = { state: 'error', detail, transient };
    const lines = detail.issues ? `\n${formatIssues(detail.issues)}` : '';
    console.error(`<urgent-action>: ${detail.message}${lines}`);
    this.dispatchEvent(new UrgentActionErrorEvent(detail));
  }

  private preferredLetterLanguage(addressee: number): string {
    const c = this.caseData!;
    return letterLanguageFor(c, c.targets[addressee], this.localised!.lang);
  }

  /** Switches the letter to `lang`, starting again from the case's letter in that language. */
  private writeIn(lang: string): void {
    this.letterCase = localiseCase(this.caseData!, lang);
    this.body = sampleBody(this.letterCase.letter);
  }

  private readonly handlers = {
    onAddressee: (index: number) => {
      const untouched = this.body === sampleBody(this.letterCase!.letter);
      this.addressee = index;
      // Follow the new addressee's preferred language, unless the reader has already changed the text.
      if (untouched) this.writeIn(this.preferredLetterLanguage(index));
    },
    onLetterLanguage: (lang: string) => this.writeIn(lang),
    onSigner: (name: string) => (this.signer = name),
    onPlace: (place: string) => (this.place = place),
    onBody: (text: string) => (this.body = text),
    onCopyLetter: () => this.copyLetter(),
    onReset: () => {
      this.body = sampleBody(this.letterCase!.letter);
      this.say('letter', 'letter.reset-done');
    },
    onPrint: () => this.printLetter(),
    onDownload: () => this.downloadLetter(),
    mailUrl: (client: MailClient, index: number) => this.mail(client, index).url,
    onMail: (client: MailClient, index: number, where: string, event: Event) => {
      this.addressee = index;
      const { url, copyFirst } = this.mail(client, index);
      // Followed after this handler returns, so the link opens with the letter as it is now.
      (event.currentTarget as HTMLAnchorElement).href = url;
      if (copyFirst) this.copy(this.letterText, where, this.translator.t('letter.copied-for-email'));
      this.takeAction({ type: 'email', target: index });
    },
    onCopy: (text: string, where: string, done: string, action?: UrgentActionActionDetail) => this.copy(text, where, done, action),
    onAction: (action: UrgentActionActionDetail) => this.takeAction(action),
    onShare: () => {
      const c = this.caseData!;
      navigator.share({ title: c.title, url: appealUrl(this.context()!) }).then(
        () => this.takeAction({ type: 'share' }),
        () => {
          // Dismissed by the reader: nothing was shared.
        },
      );
    },
  };

  /** The letter exactly as the reader sees it. */
  get letterText(): string {
    return this.letterTo(this.addressee);
  }

  /** The reader's letter, greeting the target at `index`. */
  private letterTo(index: number): string {
    const c = this.letterCase;
    if (!c) return '';
    return composeLetter({
      salutation: c.targets[index]?.salutation ?? '',
      body: this.body,
      closing: c.letter?.closing ?? '',
      signer: this.signer,
      place: this.place,
    });
  }

  /** The letter to the target at `index` as a link for `client`: with the letter or, when too long, a paste hint. */
  private mail(client: MailClient, index: number) {
    const c = this.letterCase!;
    const mail = { to: c.targets[index]?.email ?? [], subject: c.letter?.subject ?? c.title, body: this.letterTo(index) };
    return safeMailUrl(client, mail, this.translator.t('letter.paste-here'));
  }

  private context(): ViewContext | undefined {
    const view = this.view;
    return view.state === 'ready' ? { c: this.localised!, t: this.translator, base: view.base, level: this.headingLevel } : undefined;
  }

  /** Shows the message `key` in the live region at `where`. */
  private say(where: string, key: 'letter.reset-done' | 'letter.print-blocked'): void {
    this.notice = { where, message: this.translator.t(key) };
  }

  /** Remembers an action the reader took and tells the host page. */
  private takeAction(action: UrgentActionActionDetail): void {
    const c = this.caseData;
    if (!c) return;
    recordAction(c.id, action);
    this.dispatchEvent(new UrgentActionActionEvent(action));
  }

  private copyLetter(): void {
    this.copy(this.letterText, 'letter', this.translator.t('letter.copied'), { type: 'copy', target: this.addressee });
  }

  /** Copies `text` (call it straight from the click), then announces the result at `where`. */
  private copy(text: string, where: string, done: string, action?: UrgentActionActionDetail): void {
    this.notice = { where: '', message: '' };
    void copyText(text, this.renderRoot).then(async (copied) => {
      if (copied && action) this.takeAction(action);
      // Let the cleared notice render first, so the same message is announced again on a second copy.
      await this.updateComplete;
      const t = this.translator;
      const letter = where === 'letter';
      this.notice = { where, message: copied ? done : t.t(letter ? 'letter.copy-failed' : 'copy-failed') };
      if (!copied && letter) this.renderRoot.querySelector('textarea')?.select();
    });
  }

  /** Opens the letter in a window of its own, laid out as a letter, and asks to print it. */
  private printLetter(): void {
    const c = this.letterCase!;
    const target = c.targets[this.addressee];
    const printView = window.open('', '_blank');
    if (!printView) return this.say('letter', 'letter.print-blocked');
    writePrintView(printView.document, {
      title: c.title,
      lang: c.lang,
      recipient: target ? [target.name, targetRole(target), ...(target.address ?? [])].filter(Boolean) : [],
      date: this.translator.date(localDate()),
      letter: this.letterText,
    });
    printView.focus();
    printView.print();
    if (target?.address) this.takeAction({ type: 'postal', target: this.addressee });
  }

  /** Saves the letter as a plain-text file. */
  private downloadLetter(): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([this.letterText], { type: 'text/plain;charset=utf-8' }));
    link.download = `${this.caseData!.id}-letter.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    this.takeAction({ type: 'copy', target: this.addressee });
  }

  protected override render() {
    const t = this.translator;
    const view = this.view;
    if (view.state === 'error') {
      return html`<div class="root" lang=${t.lang} dir=${t.dir}>
        <div part="error" class="error" role="alert">
          <p class="error-title">${t.t('error.title')}</p>
          <p>${t.t(failureMessageKey(view.detail.reason, view.detail.status))}</p>
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
    const context = this.context()!;
    const notice = this.notice;
    return html`<section class="root" lang=${t.lang} dir=${t.dir} aria-labelledby="title">
      ${guard([this.localised, t, this.headingLevel], () => [renderHeader(context), renderSummary(context), renderPeople(context)])}
      ${hasEnded(view.case)
        ? renderEnded(context)
        : [
            guard([this.localised, t, this.headingLevel, notice], () => renderTargets(context, notice, this.handlers)),
            renderLetter(
              context,
              {
                addressee: this.addressee,
                signer: this.signer,
                place: this.place,
                body: this.body,
                notice,
                letter: this.letterCase!,
                languages: letterLanguages(view.case),
              },
              this.handlers,
            ),
            renderShare(context, notice, this.handlers),
            this.reporter.render(context),
          ]}
    </section>`;
  }
}

function invalidCaseDetail(issues: CaseIssue[], src: string | undefined): CaseErrorDetail {
  const where = src ? `the case at ${src}` : 'the case';
  return { reason: 'invalid', message: `${where} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, issues, src };
}
