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

/** Used by name (`'letter.copy'`), or built from a prefix in a template (`person.${status}`). */
const used = (key) => sources.includes(`'${key}'`) || sources.includes(`\`${key.slice(0, key.lastIndexOf('.') + 1)}\${`);

describe('interface catalogues', () => {
  it('have no string the element never shows', () => {
    assert.deepEqual(Object.keys(CATALOGUES.en).filter((key) => !used(key)), []);
  });

  it('have no key English lacks', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      assert.deepEqual(Object.keys(catalogue).filter((key) => !(key in CATALOGUES.en)), [], lang);
    }
  });
});
