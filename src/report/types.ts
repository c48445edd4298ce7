/** The action types a report counts: apart from the payload, so the dialog can show them before its code has loaded. */

export const REPORT_TYPES = ['postal mail', 'email', 'fax', 'phone', 'social'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** Sum of counts per type. */
export function countsByType(counts: readonly { type: ReportType; count: number }[]): Partial<Record<ReportType, number>> {
  const sums: Partial<Record<ReportType, number>> = {};
  for (const { type, count } of counts) sums[type] = (sums[type] ?? 0) + count;
  return sums;
}
