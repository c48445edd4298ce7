import * as z from 'zod/mini';
import { caseSchema } from './schema.js';

/**
 * The case format as JSON Schema, for editors' completion (`"$schema": ".../case.schema.json"`). Checks that JSON
 * Schema can't express (URL schemes, "years, months or text") are only enforced by the widget and the validator.
 */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    title: 'Urgent Action case',
  };
}
