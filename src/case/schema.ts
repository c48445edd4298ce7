/**
 * The case format, version 1: everything an Urgent Action carries, validated with zod/mini (no `new Function`, so it
 * runs under strict CSP). Types are inferred from the schema, so the two cannot drift apart.
 */
import * as z from 'zod/mini';
import { SOCIAL_NETWORKS, isWebUrl } from '../urls.js';

/** Caps that keep a hostile or broken case from freezing the reader's page. */
export const LIMITS = {
  shortText: 300,
  paragraph: 5_000,
  paragraphs: 50,
  people: 500,
  targets: 100,
  contacts: 10,
  addressLines: 10,
  aliases: 10,
  charges: 20,
  translations: 20,
  history: 50,
} as const;

export const ACTION_TYPES = ['write', 'email', 'fax', 'call', 'social'] as const;
const CASE_KINDS = ['new', 'update', 'outcome'] as const;
const CASE_STATUSES = ['open', 'closed', 'success'] as const;
const PERSON_STATUSES = ['detained', 'imprisoned', 'released', 'at-risk', 'missing', 'deceased', 'other'] as const;
const REPORT_FIELDS = ['name', 'email', 'country'] as const;

/**
 * The schemas, built on first use rather than at import: building them was the costliest thing the script did before
 * it could even request a case.
 */
function defineSchemas() {
  // A rule is built once and shared by every field that follows it (zod schemas are immutable), which makes building
  // the whole schema cheaper.
  const shared = <A extends unknown[], T>(build: (...args: A) => T) => {
    const built = new Map<string, T>();
    return (...args: A): T => {
      const key = args.join();
      if (!built.has(key)) built.set(key, build(...args));
      return built.get(key)!;
    };
  };
  // Each cap says itself what it is: zod/mini's own message is a bare "Invalid input".
  const text = shared((max: number = LIMITS.shortText) =>
    z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`)),
  );
  const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max, `must have at most ${max} items`));
  const paragraphs = shared(() =>
    list(text(LIMITS.paragraph), LIMITS.paragraphs).check(z.minLength(1, 'must have at least one paragraph')),
  );

  const webUrl = shared(() => text(2_000).check(z.refine(isWebUrl, { message: 'must be an http(s) URL or a path relative to the case' })));

  /** "2016", "2019-11" or "2019-11-28": dates in Urgent Actions are often known only to the year or month. */
  const partialDate = shared(() =>
    z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  );

  const phoneNumber = shared(() =>
    text(40).check(z.regex(/^\+?[0-9(][0-9 ().\-/]{2,39}$/, 'must be a phone number such as +7 (495) 693-13-60')),
  );

  // `z.email()`, `z.iso.date()` and `z.int()` with `gte`/`lte` would pull zod's string- and number-format machinery
  // into the bundle (~700 B gzip). These are the same checks (zod's own regular expressions; a whole number in range as
  // one refine) with the same messages; json-schema.ts gives editors back the `format`, `integer` and bounds they imply.
  const email = shared(() => z.string().check(z.maxLength(254, 'must be at most 254 characters'), z.regex(z.regexes.email)));
  const isoDate = shared(() => z.string().check(z.regex(z.regexes.date)));
  const wholeNumber = (maximum: number) =>
    z.number().check(
      z.refine((n) => Number.isInteger(n) && n >= 0 && n <= maximum, {
        params: { jsonSchema: { type: 'integer', minimum: 0, maximum } },
      }),
    );

  const handle = (network: keyof typeof SOCIAL_NETWORKS) =>
    z.string().check(z.regex(SOCIAL_NETWORKS[network].pattern, `must be a ${SOCIAL_NETWORKS[network].label} handle such as @RusEmbUSA`));

  const sentenceSchema = z
    .strictObject({
      years: z.optional(wholeNumber(200)),
      months: z.optional(wholeNumber(11)),
      text: z.optional(text()),
    })
    .check(
      z.refine((s) => s.years !== undefined || s.months !== undefined || s.text !== undefined, {
        message: 'give years, months or text',
      }),
    );

  const personSchema = z.strictObject({
    name: text(),
    aliases: z.optional(list(text(), LIMITS.aliases)),
    pronouns: z.optional(text(40)),
    role: z.optional(text()),
    sentence: z.optional(sentenceSchema),
    charges: z.optional(list(text(), LIMITS.charges)),
    status: z.optional(z.enum(PERSON_STATUSES)),
    arrested: z.optional(partialDate()),
    convicted: z.optional(partialDate()),
  });

  const targetSchema = z.strictObject({
    name: text(),
    title: z.optional(text()),
    organisation: z.optional(text()),
    address: z.optional(list(text(), LIMITS.addressLines)),
    fax: z.optional(list(phoneNumber(), LIMITS.contacts)),
    phone: z.optional(list(phoneNumber(), LIMITS.contacts)),
    email: z.optional(list(email(), LIMITS.contacts)),
    social: z.optional(
      z.strictObject({
        x: z.optional(handle('x')),
        facebook: z.optional(handle('facebook')),
        instagram: z.optional(handle('instagram')),
      }),
    ),
    salutation: text(),
    language: z.optional(text(35)),
    notes: z.optional(list(text(LIMITS.paragraph), LIMITS.paragraphs)),
  });

  const letterSchema = z.strictObject({
    subject: z.optional(text()),
    body: paragraphs(),
    closing: text(),
  });

  /** One document of the appeal's series (the first UA, an update, the outcome), for "How this appeal developed". */
  const historyEntrySchema = z.strictObject({
    kind: z.enum(CASE_KINDS),
    date: z.optional(isoDate()),
    title: text(),
    summary: z.optional(text(LIMITS.paragraph)),
  });

  const reportSchema = z
    .strictObject({
      url: z.optional(webUrl()),
      endpoint: z.optional(webUrl()),
      countUrl: z.optional(webUrl()),
      why: z.optional(text(LIMITS.paragraph)),
      fields: z.optional(list(z.enum(REPORT_FIELDS), REPORT_FIELDS.length)),
      privacyUrl: z.optional(webUrl()),
    })
    .check(z.refine((r) => r.url !== undefined || r.endpoint !== undefined, { message: 'give a url or an endpoint' }));

  /**
   * The case's text in another language (`lang`). Every other field is optional and replaces its counterpart; people,
   * targets and history entries follow the order of the case's own (`{}` for one left as it is). Anything not given
   * stays as the case has it.
   */
  const translationSchema = z.strictObject({
    lang: text(35),
    title: z.optional(text()),
    country: z.optional(text()),
    outcome: z.optional(text(LIMITS.paragraph)),
    summary: z.optional(paragraphs()),
    background: z.optional(paragraphs()),
    instructions: z.optional(text(LIMITS.paragraph)),
    people: z.optional(list(z.strictObject({ role: z.optional(text()) }), LIMITS.people)),
    targets: z.optional(
      list(
        z.strictObject({
          title: z.optional(text()),
          organisation: z.optional(text()),
          salutation: z.optional(text()),
          notes: z.optional(list(text(LIMITS.paragraph), LIMITS.paragraphs)),
        }),
        LIMITS.targets,
      ),
    ),
    letter: z.optional(z.strictObject({ subject: z.optional(text()), body: z.optional(paragraphs()), closing: z.optional(text()) })),
    report: z.optional(z.strictObject({ why: z.optional(text(LIMITS.paragraph)) })),
    history: z.optional(list(z.strictObject({ title: z.optional(text()), summary: z.optional(text(LIMITS.paragraph)) }), LIMITS.history)),
  });

  const caseSchema = z
    .strictObject({
      $schema: z.optional(z.string().check(z.maxLength(2_000, 'must be at most 2000 characters'))),
      version: z.literal(1),
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be lowercase letters, digits, ".", "_" or "-"')),
      ua: z.string().check(z.regex(/^\d{1,4}([./]\d{2,4})?$/, 'must be a UA number such as 126.19')),
      kind: z.enum(CASE_KINDS),
      title: text(),
      country: text(),
      issued: z.optional(isoDate()),
      deadline: z.optional(isoDate()),
      lang: text(35),
      link: z.optional(webUrl()),
      status: z.enum(CASE_STATUSES),
      outcome: z.optional(text(LIMITS.paragraph)),
      summary: paragraphs(),
      background: z.optional(paragraphs()),
      people: list(personSchema, LIMITS.people),
      targets: list(targetSchema, LIMITS.targets),
      instructions: z.optional(text(LIMITS.paragraph)),
      callScript: z.optional(text(LIMITS.paragraph)),
      socialMessage: z.optional(text()),
      actions: list(z.enum(ACTION_TYPES), ACTION_TYPES.length),
      // Optional only for ended appeals (an outcome needs no letter): see the check below.
      letter: z.optional(letterSchema),
      report: z.optional(reportSchema),
      // The documents of the appeal's series, oldest first.
      history: z.optional(list(historyEntrySchema, LIMITS.history)),
      translations: z.optional(
        list(translationSchema, LIMITS.translations).check(
          z.refine((all) => new Set(all.map((t) => t.lang.toLowerCase())).size === all.length, { message: 'give each language once' }),
        ),
      ),
    })
    .check(z.refine((c) => c.status !== 'open' || c.letter !== undefined, { message: 'an open appeal needs a letter', path: ['letter'] }));

  return { sentenceSchema, personSchema, targetSchema, letterSchema, reportSchema, historyEntrySchema, translationSchema, caseSchema };
}

type Schemas = ReturnType<typeof defineSchemas>;
let schemas: Schemas | undefined;

/** The case schema (zod/mini), built the first time it is asked for. */
export const caseSchema = (): Schemas['caseSchema'] => (schemas ??= defineSchemas()).caseSchema;

export type UrgentActionCase = z.infer<Schemas['caseSchema']>;
export type Person = z.infer<Schemas['personSchema']>;
export type Target = z.infer<Schemas['targetSchema']>;
export type Sentence = z.infer<Schemas['sentenceSchema']>;
export type Letter = z.infer<Schemas['letterSchema']>;
export type CaseTranslation = z.infer<Schemas['translationSchema']>;
export type ReportSettings = z.infer<Schemas['reportSchema']>;
export type HistoryEntry = z.infer<Schemas['historyEntrySchema']>;
export type ActionType = (typeof ACTION_TYPES)[number];
