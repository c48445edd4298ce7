/**
 * The report a reader sends: its schema (the one the report service validates against, and the source of
 * docs/report-payload.schema.json) and pure builders, no I/O. Action types follow the OSDI Outreach vocabulary
 * (`email`, `phone`, `postal mail`) plus `fax` and `social`, so CRMs that speak OSDI can take reports as they are.
 */
import * as z from 'zod/mini';
import type { TakenAction, TakenActionType } from '../actions/memory.js';
import type { UrgentActionCase } from '../case/schema.js';
import { countsByType, REPORT_TYPES, type ReportType } from './types.js';

/** Kept equal to package.json's version (a test checks). */
export const WIDGET_VERSION = '0.1.0';

export type { ReportType } from './types.js';

/**
 * What one report may carry. Text caps count UTF-8 bytes, as storage and the wire do. One report adds at most
 * `total` actions: the dialog's 999 per type is for a group's letter-writing evening, not for a script.
 */
export const REPORT_LIMITS = {
  /** The whole JSON body. */
  bodyBytes: 16_384,
  idBytes: 100,
  keyBytes: 100,
  targetBytes: 300,
  originBytes: 300,
  widgetBytes: 50,
  reporterBytes: 300,
  actions: 50,
  count: 999,
  total: 2_000,
} as const;

/**
 * Report payload schemas, built on first use (the widget's bundle never builds them unless asked). JSON Schema gets
 * `maxLength` for each byte cap: a string within N bytes is within N characters, so it never refuses a valid report.
 */
function defineReportSchemas() {
  const utf8 = new TextEncoder();
  const describe = <T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T => {
    z.globalRegistry.add(schema, meta);
    return schema;
  };
  const text = (maxBytes: number, meta: z.core.GlobalMeta = {}) =>
    describe(
      z.string().check(
        z.minLength(1, 'must not be empty'),
        z.refine((value) => utf8.encode(value).length <= maxBytes, `must be at most ${maxBytes} bytes (UTF-8)`),
      ),
      { maxLength: maxBytes, ...meta },
    );
  const count = z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(REPORT_LIMITS.count, `must be at most ${REPORT_LIMITS.count}`));
  const action = z.strictObject({
    type: z.enum(REPORT_TYPES),
    target: z.optional(
      text(REPORT_LIMITS.targetBytes, { description: 'Name of the official, when known; absent for actions the reader added by hand.' }),
    ),
    count,
  });
  const reporterField = () => z.optional(text(REPORT_LIMITS.reporterBytes));
  const payload = z
    .strictObject({
      case: text(REPORT_LIMITS.idBytes, { description: 'The case id.', examples: ['ua-126-19'] }),
      ua: text(REPORT_LIMITS.idBytes, { description: 'The UA number.', examples: ['126.19'] }),
      key: describe(
        z
          .string()
          .check(
            z.regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
            z.maxLength(REPORT_LIMITS.keyBytes, `must be at most ${REPORT_LIMITS.keyBytes} bytes`),
          ),
        { description: 'Idempotency key made by the browser (a UUID), the same on every retry: each key is counted once.' },
      ),
      actions: describe(
        z.array(action).check(
          z.minLength(1, 'must list at least one action'),
          z.maxLength(REPORT_LIMITS.actions, `must have at most ${REPORT_LIMITS.actions} items`),
          z.refine(
            (actions) => new Set(actions.map((a) => `${a.type}\n${a.target ?? ''}`)).size === actions.length,
            'must list each type and target once',
          ),
        ),
        {
          description: 'Counts per action type and target, each pair once. Types follow the OSDI Outreach vocabulary, plus fax and social.',
        },
      ),
      total: describe(
        z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(REPORT_LIMITS.total, `must be at most ${REPORT_LIMITS.total}`)),
        { description: 'Sum of actions[].count.' },
      ),
      at: describe(
        z.string().check(
          z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, 'must be an ISO date-time'),
          z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date-time'),
        ),
        { format: 'date-time', description: 'When the reader sent the report (may be earlier than its arrival).' },
      ),
      widget: text(REPORT_LIMITS.widgetBytes, { description: 'Version of the widget.', examples: [WIDGET_VERSION] }),
      origin: describe(
        z
          .string()
          .check(
            z.regex(/^(https?:\/\/[^/?#\s]+|null)$/, 'must be an origin such as https://partner.example'),
            z.maxLength(REPORT_LIMITS.originBytes, `must be at most ${REPORT_LIMITS.originBytes} bytes`),
          ),
        { description: 'Origin of the page the widget is on, never its path or query.', examples: ['https://partner.example'] },
      ),
      reporter: z.optional(
        describe(z.strictObject({ name: reporterField(), email: reporterField(), country: reporterField() }), {
          description: "Only when the case's report.fields asks for these and the reader ticked the consent box.",
        }),
      ),
    })
    .check(
      z.refine((p) => p.total === p.actions.reduce((sum, a) => sum + a.count, 0), {
        message: 'must be the sum of the counts',
        path: ['total'],
      }),
    );
  return { action, payload };
}

let schemas: ReturnType<typeof defineReportSchemas> | undefined;
/** The report payload's schema; built once, on first use. */
export const reportPayloadSchema = () => (schemas ??= defineReportSchemas()).payload;

/** How many actions of one type the reader took, aimed at one target (by name) or, without `target`, unspecified. */
export type ReportCount = z.infer<ReturnType<typeof defineReportSchemas>['action']>;

export type ReportField = 'name' | 'email' | 'country';

/**
 * What the widget POSTs: `key` is client-generated and the same on every retry (the server counts a key once);
 * `origin` is the host page's origin, never its path or query; `reporter` only with the reader's consent.
 */
export type ReportPayload = z.infer<ReturnType<typeof reportPayloadSchema>>;

/** Why `data` is not a report payload, as `path: message` lines; undefined when it is one. */
export function reportPayloadProblem(data: unknown): string | undefined {
  const result = reportPayloadSchema().safeParse(data);
  if (result.success) return undefined;
  const lines = result.error.issues.map((issue) => {
    // zod/mini's own messages are a bare "Invalid input": say what was expected.
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
        : issue.code === 'invalid_type'
          ? `must be ${issue.expected === 'int' ? 'a whole number' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}`
          : issue.code === 'invalid_value'
            ? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : issue.message;
    return `${issue.path.length ? issue.path.join('.') : '(root)'}: ${message}`;
  });
  return [...new Set(lines)].join('\n');
}

/** The payload's JSON Schema (docs/report-payload.schema.json), generated from the schema above. */
export function reportPayloadJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(reportPayloadSchema(), { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    title: 'urgent-action report',
    description: "What <urgent-action> POSTs to a case's report.endpoint (and puts in the urgent-action-report event).",
    ...rest,
  };
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
