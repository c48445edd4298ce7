import { caseSchema, type UrgentActionCase } from './schema.js';

/** One problem in a case, as a case author needs it: where (`people.2.sentence.years`) and what. */
export interface CaseIssue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; value: UrgentActionCase } | { ok: false; issues: CaseIssue[] };

/** Validates unknown JSON as a case. Never throws. */
export function parseCase(data: unknown): ParseResult {
  const result = caseSchema().safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
      message: issue.message,
    })),
  };
}

/** Issues as the lines an author reads: `path: message`. */
export function formatIssues(issues: readonly CaseIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
