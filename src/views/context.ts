import type { UrgentActionCase } from '../case/schema.js';
import type { Translator } from '../i18n/translate.js';

/** What every view needs to render its part of a case. */
export interface ViewContext {
  readonly c: UrgentActionCase;
  readonly t: Translator;
  /** Base for the case's relative URLs: the URL the case came from, else the page. */
  readonly base: string;
  /** `aria-level` of the case title; sections sit one level below. */
  readonly level: number;
}
