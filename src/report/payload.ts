/**
 * The report a reader sends: pure builders, no I/O. Action types follow the OSDI Outreach vocabulary (`email`,
 * `phone`, `postal mail`) plus `fax` and `social`, so CRMs that speak OSDI can take reports as they are.
 */
import type { TakenAction, TakenActionType } from '../actions/memory.js';
import type { UrgentActionCase } from '../case/schema.js';

/** Kept equal to package.json's version (a test checks). */
export const WIDGET_VERSION = '0.1.0';

export const REPORT_TYPES = ['postal mail', 'email', 'fax', 'phone', 'social'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** How many actions of one type the reader took, aimed at one target (by name) or, without `target`, unspecified. */
export interface ReportCount {
  type: ReportType;
  target?: string;
  count: number;
}

export type ReportField = 'name' | 'email' | 'country';

export interface ReportPayload {
  case: string;
  ua: string;
  /** Client-generated, the same on every retry: the server counts a key once. */
  key: string;
  actions: ReportCount[];
  /** Sum of `actions[].count`. */
  total: number;
  /** ISO timestamp of the report. */
  at: string;
  widget: string;
  /** Origin of the page the widget is on (never its path or query). */
  origin: string;
  /** Only when the case asks for these fields and the reader agreed to send them. */
  reporter?: Partial<Record<ReportField, string>>;
}

const FROM_TAKEN: Partial<Record<TakenActionType, ReportType>> = {
  postal: 'postal mail',
  email: 'email',
  fax: 'fax',
  call: 'phone',
  social: 'social',
};
/** Types a copied letter may have gone out as; a copy with none of them for its target counts as a letter. */
const LETTER_LIKE: readonly TakenActionType[] = ['postal', 'email', 'fax'];

/** What the widget saw the reader do: one per type and target (clicking the same e-mail link twice is one e-mail). */
export function rememberedCounts(c: UrgentActionCase, taken: readonly TakenAction[]): ReportCount[] {
  const counts = new Map<string, ReportCount>();
  for (const action of taken) {
    let type = FROM_TAKEN[action.type];
    if (action.type === 'copy' && !taken.some((a) => a.target === action.target && LETTER_LIKE.includes(a.type))) {
      type = 'postal mail';
    }
    if (!type) continue;
    const target = action.target === undefined ? undefined : c.targets[action.target]?.name;
    counts.set(`${type}\n${target}`, target ? { type, target, count: 1 } : { type, count: 1 });
  }
  return [...counts.values()];
}

/** Sum of counts per type. */
export function countsByType(counts: readonly ReportCount[]): Partial<Record<ReportType, number>> {
  const sums: Partial<Record<ReportType, number>> = {};
  for (const { type, count } of counts) sums[type] = (sums[type] ?? 0) + count;
  return sums;
}

/**
 * The reader's numbers per type, split over the targets the widget remembered: the remembered targets first, the
 * rest (actions taken elsewhere or on paper) without a target.
 */
export function confirmedCounts(remembered: readonly ReportCount[], perType: Partial<Record<ReportType, number>>): ReportCount[] {
  const counts: ReportCount[] = [];
  for (const type of REPORT_TYPES) {
    let left = Math.max(0, Math.floor(perType[type] ?? 0));
    for (const known of remembered) {
      if (known.type !== type || !left) continue;
      const count = Math.min(left, known.count);
      counts.push({ ...known, count });
      left -= count;
    }
    if (left) counts.push({ type, count: left });
  }
  return counts;
}

/** A random UUID; `crypto.randomUUID` exists only in secure contexts, so build a v4 UUID by hand elsewhere. */
export function newReportKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  // Version 4 in byte 6, variant 10xx in byte 8.
  const hex = [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b, i) => (i === 6 ? (b & 15) | 64 : i === 8 ? (b & 63) | 128 : b).toString(16).padStart(2, '0'))
    .join('');
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

export function buildPayload(options: {
  c: UrgentActionCase;
  key: string;
  actions: ReportCount[];
  at: Date;
  origin: string;
  reporter?: Partial<Record<ReportField, string>> | undefined;
}): ReportPayload {
  const { c, key, actions, at, origin, reporter } = options;
  const payload: ReportPayload = {
    case: c.id,
    ua: c.ua,
    key,
    actions,
    total: actions.reduce((sum, a) => sum + a.count, 0),
    at: at.toISOString(),
    widget: WIDGET_VERSION,
    origin,
  };
  if (reporter && Object.keys(reporter).length) payload.reporter = reporter;
  return payload;
}

/** The organisation's own report form, with the UA number and the counts per type as query parameters. */
export function reportFormUrl(formUrl: string, payload: ReportPayload): string {
  const url = new URL(formUrl);
  url.searchParams.set('ua', payload.ua);
  url.searchParams.set('case', payload.case);
  for (const [type, count] of Object.entries(countsByType(payload.actions))) url.searchParams.set(type, String(count));
  url.searchParams.set('total', String(payload.total));
  return url.href;
}
