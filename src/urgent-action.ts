import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { hasEnded } from './case/format.js';
import { localiseCase } from './case/localise.js';
import type { UrgentActionCase } from './case/schema.js';
import { CaseLoader, type LoadedCase } from './controllers/case-loader.js';
import { LastActedController } from './controllers/last-acted.js';
import { LetterController } from './controllers/letter-actions.js';
import { PrerenderedController } from './controllers/prerendered.js';
import { ReportController } from './controllers/report.js';
import { createTranslator, loadCatalogue, pickLanguage, type Translator } from './i18n/translate.js';
import { DEFAULT_TIMEOUT_MS } from './load/fetch-json.js';
import type { ViewContext } from './views/context.js';
import { renderHeader, renderSummary } from './views/header.js';
import { renderHistory, renderNewSinceActed } from './views/history.js';
import { renderLetter } from './views/letter.js';
import { renderOutcome } from './views/outcome.js';
import { renderPeople } from './views/people.js';
import { renderShare } from './views/share.js';
import { viewStyles } from './views/styles.js';
import { renderFailure, renderPending } from './views/status.js';
import { renderTargets } from './views/targets.js';

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
 * @csspart history-notice - "New since you acted: TITLE", for a reader who acted before the appeal's latest document.
 * @csspart summary - The summary paragraphs.
 * @csspart history - The "How this appeal developed" disclosure: the appeal's documents, oldest first.
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
  static override styles = viewStyles;

  /**
   * Registers the element as `tag` in `registry`, unless that name is taken there; returns the class.
   * `define.ts` and the script-tag bundle call it with the defaults.
   */
  static define(tag = 'urgent-action', registry: CustomElementRegistry = customElements): typeof UrgentActionElement {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

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
  @property({ type: Number, attribute: false }) timeout = DEFAULT_TIMEOUT_MS;

  private translator: Translator = createTranslator('en');
  /** The strings of the language being shown, while they load. */
  private catalogue?: Promise<unknown>;
  /** The loaded case the context was built for. */
  private shown?: LoadedCase;
  /** What every view renders from: the case in the reader's language, the wording, the base URL, the heading level. */
  private context?: ViewContext;
  private readonly loader = new CaseLoader(this, () => this.translator.prepare());
  private readonly prerendered = new PrerenderedController(this, () => Boolean(this.context) || this.loader.failed);
  private readonly reporter = new ReportController(this, () => this.reportOrigins);
  private readonly lastActed = new LastActedController(this, () => this.loader.loaded?.case);
  private readonly letter = new LetterController(
    this,
    () =>
      this.context && {
        original: this.loader.loaded!.case,
        localised: this.context.c,
        translator: this.translator,
        base: this.context.base,
      },
    () => this.reporter.invite(),
  );

  /** The case being shown, once it has loaded and passed validation. */
  get caseData(): UrgentActionCase | undefined {
    return this.loader.loaded?.case;
  }

  /** The letter exactly as the reader sees it. */
  get letterText(): string {
    return this.letter.text;
  }

  /** Loads the case again (after a network failure, say). */
  reload(): void {
    this.loader.reload();
  }

  // A case set as a property (or inline JSON) is on screen, in its language, once the update that took it completes.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (await this.loader.localLoad()) done = await super.getUpdateComplete();
    while (this.catalogue) {
      await this.catalogue;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('case')) this.reload();
    const loaded = this.loader.loaded;
    if (this.hasUpdated && loaded === this.shown && !changed.has('lang') && !changed.has('headingLevel') && !changed.has('reportOrigins'))
      return;
    this.shown = loaded;
    const page = isServer ? undefined : this.closest('[lang]')?.getAttribute('lang');
    const localised = loaded && localiseCase(loaded.case, this.lang || page || loaded.case.lang);
    const lang = pickLanguage([this.lang, localised?.lang, page]);
    // Another language's strings are a chunk of their own: until they are here the case waits (no English flash).
    const catalogue = (this.catalogue = loadCatalogue(lang));
    if (catalogue) {
      void catalogue.then(() => {
        // Built again, now in that language.
        this.catalogue = undefined;
        this.shown = undefined;
        this.requestUpdate();
      });
      this.context = undefined;
      return;
    }
    if (lang !== this.translator.lang) this.translator = createTranslator(lang);
    this.context = localised && { c: localised, t: this.translator, base: loaded.base, level: this.headingLevel };
    if (this.context) this.reporter.show(this.context);
    // The server runs no controller hooks: the letter is prepared here for the one render there.
    if (isServer) this.letter.hostUpdate();
  }

  protected override render() {
    const t = this.translator;
    if (this.prerendered.showing && !this.context && !this.loader.failed) return nothing;
    return this.loader.render({
      pending: () => renderPending(t),
      failed: ({ detail, transient }) => renderFailure(t, { ...detail, transient }, () => this.reload()),
      ready: () => (this.context ? this.renderCase(this.context) : renderPending(t)),
    });
  }

  private renderCase(context: ViewContext) {
    const { c, t } = context;
    const { notice } = this.letter;
    const acted = this.lastActed.at;
    const on = this.letter.handlers;
    return html`<section class="root" lang=${t.lang} dir=${t.dir} aria-labelledby="title">
      ${guard([context, acted], () => [
        renderHeader(context),
        renderNewSinceActed(context, acted),
        renderSummary(context),
        renderHistory(context),
        renderPeople(context),
      ])}
      ${
        hasEnded(c)
          ? renderOutcome(context)
          : [
              guard([context, notice], () => renderTargets(context, notice, on)),
              renderLetter(context, this.letter.state, on),
              renderShare(context, notice, on),
              this.reporter.render(),
            ]
      }
    </section>`;
  }
}
