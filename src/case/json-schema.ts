import * as z from 'zod/mini';
import { caseSchema } from './schema.js';

/** What JSON Schema says about the string checks schema.ts spells out by hand, keyed by their pattern. */
const FORMATS: ReadonlyMap<RegExp, string> = new Map([
  [z.regexes.email, 'email'],
  [z.regexes.date, 'date'],
]);

/**
 * The case format as JSON Schema, for editors' completion (`"$schema": ".../case.schema.json"`). Checks that JSON
 * Schema can't express (URL schemes, "years, months or text") are only enforced by the widget and the validator.
 */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseSchema(), {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      io: 'input',
      override({ zodSchema, jsonSchema }) {
        // A refine tells JSON Schema what it checks through `params.jsonSchema` (see schema.ts).
        for (const check of zodSchema._zod.def.checks ?? []) {
          const def = check._zod.def as { pattern?: RegExp; params?: { jsonSchema?: object } };
          const format = def.pattern && FORMATS.get(def.pattern);
          Object.assign(jsonSchema, format && { format }, def.params?.jsonSchema);
        }
      },
    }),
    title: 'Urgent Action case',
  };
}
