/** The package's main entry: the element class and its types, with no side effects (nothing is registered). */
export { UrgentActionElement } from './urgent-action.js';
export { UrgentActionActionEvent, UrgentActionErrorEvent, UrgentActionLoadEvent, UrgentActionReportEvent } from './events.js';
export type {
  UrgentActionActionDetail,
  UrgentActionErrorDetail,
  UrgentActionErrorReason,
  UrgentActionLoadDetail,
  UrgentActionReportDetail,
} from './events.js';
export type { ReportCount, ReportPayload, ReportType } from './report/payload.js';
export { readActions, type TakenAction, type TakenActionType } from './actions/memory.js';
export { parseCase, formatIssues, type CaseIssue, type ParseResult } from './case/parse.js';
export { caseSchema, LIMITS } from './case/schema.js';
export type { UrgentActionCase, Person, Target, Sentence, Letter, ReportSettings, ActionType } from './case/schema.js';
