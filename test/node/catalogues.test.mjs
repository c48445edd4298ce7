/**
 * The interface catalogues carry only strings the element can show: every one ships in the bundle, in four languages.
 * Runs with `node --test` on the compiled lib/ (npm test builds it first) and reads src/ for the keys in use.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LANGUAGE_MODULES } from '../../lib/src/i18n/languages.js';
await Promise.all(Object.values(LANGUAGE_MODULES).map((load) => load()));
import { CATALOGUES } from '../../lib/src/i18n/translate.js';

const sources = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file.endsWith('.ts') && !file.startsWith('src/i18n/'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/**
 * Keys built from a template, by the template's text in src/ and every key it can produce (the values the schema,
 * the report types and the load errors allow). A key counts as used through a template only while that template is
 * in the source and lists it.
 */
const TEMPLATES = {
  'kind.${c.kind}': ['new', 'update', 'outcome'],
  'status.${c.status}': ['open', 'closed', 'success'],
  'ended.${c.status}': ['open', 'closed', 'success'],
  'person.${person.status}': ['detained', 'imprisoned', 'released', 'at-risk', 'missing', 'deceased', 'other'],
  'report.${field}': ['name', 'email', 'country'],
  'report.consent.${field}': ['name', 'email', 'country'],
  'report.type.${type}': ['postal mail', 'email', 'fax', 'phone', 'social'],
  // Every reason but 'http', which has its own keys by status.
  'error.${reason}': ['network', 'cors', 'timeout', 'aborted', 'content-type', 'too-large', 'json', 'invalid', 'missing-source'],
};

const fromTemplate = (key) =>
  Object.entries(TEMPLATES).some(([template, values]) => {
    const prefix = template.slice(0, template.indexOf('${'));
    return sources.includes(`\`${template}\``) && values.some((value) => prefix + value === key);
  });

/** Used by name (`'letter.copy'`), or one of the keys a template in the source produces. */
const used = (key) => sources.includes(`'${key}'`) || fromTemplate(key);

describe('interface catalogues', () => {
  it('have no string the element never shows', () => {
    assert.deepEqual(
      Object.keys(CATALOGUES.en).filter((key) => !used(key)),
      [],
    );
  });

  it('list only templates the source has, each producing only keys English has', () => {
    for (const [template, values] of Object.entries(TEMPLATES)) {
      assert.ok(sources.includes(`\`${template}\``), `${template} is not in src/`);
      const prefix = template.slice(0, template.indexOf('${'));
      assert.deepEqual(
        values.filter((value) => !(prefix + value in CATALOGUES.en)),
        [],
        template,
      );
    }
  });

  it('have no key English lacks', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      assert.deepEqual(
        Object.keys(catalogue).filter((key) => !(key in CATALOGUES.en)),
        [],
        lang,
      );
    }
  });
});
