/** The element's events: lowercase, `urgent-action-` prefixed, bubbling out of shadow DOM, with typed details. */
import type { CaseIssue } from './case/parse.js';
import type { UrgentActionCase } from './case/schema.js';
import type { LoadErrorReason } from './load/fetch-json.js';
import type { TakenActionType } from './actions/memory.js';
import type { ReportPayload } from './report/payload.js';

/** Why a case could not be shown. */
export type CaseErrorReason = LoadErrorReason | 'invalid' | 'missing-source';
/** `report-refused`: the case is shown, but its report endpoint or count URL breaks the rules for where reports go. */
export type UrgentActionErrorReason = CaseErrorReason | 'report-refused';

export interface UrgentActionLoadDetail {
  case: UrgentActionCase;
  /** The URL the case came from, when it came from `src`. */
  src?: string;
}

export interface UrgentActionErrorDetail {
  reason: UrgentActionErrorReason;
  /** For the case author: what went wrong, in English. */
  message: string;
  /** With `reason: 'invalid'` or `'report-refused'`: every problem, with the path of the field. */
  issues?: CaseIssue[];
  src?: string;
  /** With `reason: 'http'`: the HTTP status. */
  status?: number;
}

/** An error that keeps the case from being shown. */
export type CaseErrorDetail = UrgentActionErrorDetail & { reason: CaseErrorReason };

const init = <T>(detail: T): CustomEventInit<T> => ({ bubbles: true, composed: true, detail });

/** Fired once for each case the element shows. */
export class UrgentActionLoadEvent extends CustomEvent<UrgentActionLoadDetail> {
  constructor(detail: UrgentActionLoadDetail) {
    super('urgent-action-load', init(detail));
  }
}

/** Fired when a case can't be loaded or is not valid. */
export class UrgentActionErrorEvent extends CustomEvent<UrgentActionErrorDetail> {
  constructor(detail: UrgentActionErrorDetail) {
    super('urgent-action-error', init(detail));
  }
}

export interface UrgentActionActionDetail {
  type: TakenActionType;
  /** Index of the target in the case's `targets`, when the action was aimed at one. */
  target?: number;
}

/** Fired when the reader takes an action: copies the letter, opens an e-mail, calls, posts, shares. */
export class UrgentActionActionEvent extends CustomEvent<UrgentActionActionDetail> {
  constructor(detail: UrgentActionActionDetail) {
    super('urgent-action-action', init(detail));
  }
}

/** A report as the host page sees it: the counts, never the reader's name, e-mail or country. */
export type UrgentActionReportDetail = Omit<ReportPayload, 'reporter'>;

/**
 * Fired once per report the reader sends (or takes to the organisation's form), with its counts, so the host page
 * can forward them to its own analytics or CRM. Delivery may happen later: reports made offline are sent when back.
 */
export class UrgentActionReportEvent extends CustomEvent<UrgentActionReportDetail> {
  constructor({ reporter: _reporter, ...counts }: ReportPayload) {
    super('urgent-action-report', init(counts));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'urgent-action-load': UrgentActionLoadEvent;
    'urgent-action-error': UrgentActionErrorEvent;
    'urgent-action-action': UrgentActionActionEvent;
    'urgent-action-report': UrgentActionReportEvent;
  }
}
