import * as z from 'zod/mini';
import { caseSchema } from './schema.js';

/** What JSON Schema says about a check the schema spells out by hand (see schema.ts), keyed by its pattern or function. */
const IMPLIED: ReadonlyMap<unknown, Record<string, string>> = new Map<unknown, Record<string, string>>([
  [z.regexes.email, { format: 'email' }],
  [z.regexes.date, { format: 'date' }],
  [Number.isInteger, { type: 'integer' }],
]);

/**
 * The case format as JSON Schema, for editors' completion (`"$schema": ".../case.schema.json"`). Checks that JSON
 * Schema can't express (URL schemes, "years, months or text") are only enforced by the widget and the validator.
 */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseSchema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      io: 'input',
      override({ zodSchema, jsonSchema }) {
        for (const check of zodSchema._zod.def.checks ?? []) {
          const def = check._zod.def as { pattern?: RegExp; fn?: unknown };
          Object.assign(jsonSchema, IMPLIED.get(def.pattern ?? def.fn));
        }
      },
    }),
    title: 'Urgent Action case',
  };
}
