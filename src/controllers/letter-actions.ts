/**
 * The letter and the contact tools, as a reactive controller: the addressee, the letter's language and text, the
 * signer, and every way of sending or sharing (copy, e-mail, print, download, share), each remembered as an action
 * taken and announced to the host page.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { localDate, targetRole } from '../case/format.js';
import { letterLanguageFor, letterLanguages, localiseCase } from '../case/localise.js';
import type { UrgentActionCase } from '../case/schema.js';
import { recordAction } from '../actions/memory.js';
import { copyText } from '../browser/clipboard.js';
import { UrgentActionActionEvent, type UrgentActionActionDetail } from '../events.js';
import type { Translator } from '../i18n/translate.js';
import { composeLetter, sampleBody } from '../letter/compose.js';
import { safeMailUrl, type MailClient } from '../letter/mailto.js';
import { appealUrl, type ContactHandlers } from '../views/contact.js';
import type { LetterViewHandlers, LetterViewState } from '../views/letter.js';
import type { Notice, NoticeRegion } from '../views/notice.js';

/** What the letter needs from the element: the case as loaded and in the reader's language, and the wording. */
export interface LetterHost {
  readonly original: UrgentActionCase;
  readonly localised: UrgentActionCase;
  readonly translator: Translator;
  /** Base of the case's relative URLs. */
  readonly base: string;
}

const SILENT: Notice = { message: '' };

export class LetterController implements ReactiveController {
  private addressee = 0;
  private signer = '';
  private place = '';
  /** The case in the letter's language: salutations, letter text, closing. Set by `writeIn` only. */
  private letterCase?: UrgentActionCase;
  private shownCase?: UrgentActionCase;
  notice: Notice = SILENT;
  // The letter text lives outside reactive state: typing must not re-render the widget.
  private body = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: () => LetterHost | undefined,
    /** Told of every action the reader takes (after it is remembered and announced). */
    private readonly taken: (action: UrgentActionActionDetail) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const source = this.source();
    // No source for a moment (another language's strings are loading) is not another case: the reader's letter stays.
    if (!source || source.original === this.shownCase) return;
    this.shownCase = source.original;
    this.addressee = 0;
    this.notice = SILENT;
    this.writeIn(this.preferredLanguage(0));
  }

  /** The letter exactly as the reader sees it. */
  get text(): string {
    return this.letterTo(this.addressee);
  }

  get state(): LetterViewState {
    return {
      addressee: this.addressee,
      signer: this.signer,
      place: this.place,
      body: this.body,
      notice: this.notice,
      letter: this.letterCase!,
      languages: letterLanguages(this.case.original),
    };
  }

  private get case(): LetterHost {
    return this.source()!;
  }

  private preferredLanguage(addressee: number): string {
    const { original, localised } = this.case;
    return letterLanguageFor(original, original.targets[addressee], localised.lang);
  }

  /** Switches the letter to `lang`, starting again from the case's letter in that language. */
  private writeIn(lang: string): void {
    this.letterCase = localiseCase(this.case.original, lang);
    this.body = sampleBody(this.letterCase.letter);
  }

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  readonly handlers: LetterViewHandlers & ContactHandlers = {
    onAddressee: (index) =>
      this.update(() => {
        const untouched = this.body === sampleBody(this.letterCase!.letter);
        this.addressee = index;
        // Follow the new addressee's preferred language, unless the reader has already changed the text.
        if (untouched) this.writeIn(this.preferredLanguage(index));
      }),
    onLetterLanguage: (lang) => this.update(() => this.writeIn(lang)),
    onSigner: (name) => this.update(() => (this.signer = name)),
    onPlace: (place) => this.update(() => (this.place = place)),
    onBody: (text) => (this.body = text),
    onCopyLetter: () => this.copy(this.text, 'letter', this.t('letter.copied'), { type: 'copy', target: this.addressee }),
    onReset: () => {
      this.body = sampleBody(this.letterCase!.letter);
      this.say('letter', this.t('letter.reset-done'));
    },
    onPrint: () => this.print(),
    onDownload: () => this.download(),
    mailUrl: (client, index) => this.mail(client, index).url,
    onMail: (client, index, where, event) => {
      this.update(() => (this.addressee = index));
      const { url, copyFirst } = this.mail(client, index);
      // Followed after this handler returns, so the link opens with the letter as it is now.
      (event.currentTarget as HTMLAnchorElement).href = url;
      if (copyFirst) this.copy(this.text, where, this.t('letter.copied-for-email'));
      this.take({ type: 'email', target: index });
    },
    onCopy: (text, where, done, action) => this.copy(text, where, done, action),
    onTaken: (action) => this.take(action),
    onShare: () => {
      navigator.share({ title: this.case.original.title, url: appealUrl({ c: this.case.localised, base: this.case.base }) }).then(
        () => this.take({ type: 'share' }),
        () => {
          // Dismissed by the reader: nothing was shared.
        },
      );
    },
  };

  private t(key: Parameters<Translator['t']>[0]): string {
    return this.case.translator.t(key);
  }

  private say(where: NoticeRegion, message: string): void {
    this.update(() => (this.notice = { where, message }));
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
    return safeMailUrl(client, mail, this.t('letter.paste-here'));
  }

  /** Remembers an action the reader took and tells the host page. */
  private take(action: UrgentActionActionDetail): void {
    recordAction(this.case.original.id, action);
    this.host.dispatchEvent(new UrgentActionActionEvent(action));
    this.taken(action);
  }

  /** Copies `text` (call it straight from the click), then announces the result at `where`. */
  private copy(text: string, where: NoticeRegion, done: string, action?: UrgentActionActionDetail): void {
    this.say(where, '');
    void copyText(text, this.host.renderRoot).then(async (copied) => {
      if (copied && action) this.take(action);
      // Let the cleared notice render first, so the same message is announced again on a second copy.
      await this.host.updateComplete;
      const letter = where === 'letter';
      this.say(where, copied ? done : this.t(letter ? 'letter.copy-failed' : 'copy-failed'));
      if (!copied && letter) this.host.renderRoot.querySelector('textarea')?.select();
    });
  }

  /**
   * Opens the letter in a window of its own, laid out as a letter, and asks to print it. The window opens within the
   * click (a popup blocker allows it only there); the code that lays it out may still be on its way.
   */
  private print(): void {
    const c = this.letterCase!;
    const index = this.addressee;
    const target = c.targets[index];
    const view = {
      title: c.title,
      lang: c.lang,
      recipient: target ? [target.name, targetRole(target), ...(target.address ?? [])].filter(Boolean) : [],
      date: this.case.translator.date(localDate()),
      letter: this.text,
    };
    const printView = window.open('', '_blank');
    if (!printView) return this.say('letter', this.t('letter.print-blocked'));
    void this.copies(() => printView.close()).then((copies) => {
      if (!copies) return;
      copies.writePrintView(printView.document, view);
      printView.focus();
      printView.print();
      if (target?.address) this.take({ type: 'postal', target: index });
    });
  }

  /** Saves the letter as a plain-text file. */
  private download(): void {
    const text = this.text;
    const index = this.addressee;
    void this.copies().then((copies) => {
      if (!copies) return;
      copies.downloadText(text, `${this.case.original.id}-letter.txt`);
      this.take({ type: 'copy', target: index });
    });
  }

  /** The code that prints and saves the letter, loaded on first use; if it can't load, the reader is told. */
  private async copies(undo?: () => void) {
    try {
      return await import('../letter/copies.js');
    } catch {
      undo?.();
      this.say('letter', this.t('letter.unavailable'));
      return undefined;
    }
  }
}
