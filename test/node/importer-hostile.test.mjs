/**
 * The importer on hostile input: each input that once made a pattern backtrack or a step go quadratic gives the right
 * answer (its time is the bench's business: npm run bench:importer), input over the limits is refused with a clear
 * message, and random and adversarial text up to 100 KB always ends in a case or a clear error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCase } from '../../lib/src/case/parse.js';
import { HIDDEN_EMAIL, isContactLine, phoneNumbers } from '../../lib/importer/contacts.js';
import { parseTitleLine } from '../../lib/importer/heading.js';
import { htmlToText } from '../../lib/importer/html.js';
import { importUrgentAction, INPUT_LIMITS } from '../../lib/importer/parse-ua-text.js';
import { mergePeople, roleMentions, sentenceMentions } from '../../lib/importer/people.js';
import { cleanLines } from '../../lib/importer/text.js';
import { findings, manyPeople, nameWord } from '../fixtures/importer/hostile-inputs.mjs';
import { hostileText } from '../fixtures/importer/hostile-text.mjs';

describe('importer findings, each with the input that was slow', () => {
  it('ONLY_EMAILS: a line of "a@" ending in "a b" is not a contact line; a line of addresses is, word by word', () => {
    assert.equal(isContactLine(findings.ONLY_EMAILS.piece), false);
    assert.equal(isContactLine(findings.ONLY_EMAILS_REALISTIC.piece), false, 'an address list with "(copy)" after it');
    assert.equal(isContactLine(findings.ONLY_EMAILS_REALISTIC.piece.replace(' (copy)', '')), true);
    assert.equal(isContactLine('[email protected], [email protected]; a@example.org'), true);
    assert.equal(isContactLine('@RusEmbUSA'), false, 'a handle alone is not an address');
  });

  it('TITLE_LINE: every Unicode space is one space, U+2028 breaks the line, and the title line is read from its end', () => {
    assert.deepEqual(cleanLines('a\u000B\u1680\u3000 b\u2028c\u2029d'), ['a b', 'c', 'd']);
    assert.deepEqual(parseTitleLine(cleanLines(findings.TITLE_LINE.piece)), {});
    assert.deepEqual(parseTitleLine(['Urgent Action Outcome:\u1680Poet Freed\u000B(Norland\u2009: UA 12/21 )']), {
      ua: '12/21',
      kind: 'outcome',
      title: 'Poet Freed',
      country: 'Norland',
      titleLine: 0,
    });
  });

  it('HIDDEN_EMAIL: a marker with 64 KB of spaces and no end is not one; the marker with a no-break space is', () => {
    assert.equal(findings.HIDDEN_EMAIL.piece.replace(HIDDEN_EMAIL, ''), findings.HIDDEN_EMAIL.piece);
    assert.equal('x [email&#160;protected] y [ email  protected ]'.replace(HIDDEN_EMAIL, ''), 'x  y ');
  });

  it('SENTENCE_CLAUSE: a 49 KB list of names with no sentence term gives no one; real clauses still do', () => {
    assert.deepEqual(sentenceMentions(findings.SENTENCE_CLAUSE.piece), []);
    assert.deepEqual(
      sentenceMentions(
        'On appeal, Ana Berg, who was jailed on 3 May to two years and six months, left. Ivo Cole has been sentenced to death.',
      ),
      [
        { name: 'Ana Berg', sentence: { years: 2, months: 6 } },
        { name: 'Ivo Cole', sentence: { text: 'death sentence' } },
      ],
    );
  });

  it('phoneNumbers: 40 KB of "(." holds no number; numbers around it are still found', () => {
    assert.deepEqual(phoneNumbers(findings.phoneNumbers.piece), []);
    assert.deepEqual(phoneNumbers(`(. (. +44 (20) 555-0100 (.`), ['+44 (20) 555-0100']);
    assert.deepEqual(phoneNumbers('tel. +- 555 0100.'), ['555 0100']);
  });

  it('mergePeople: 4,000 people stay 4,000 distinct people, in the order the text names them', () => {
    const lines = manyPeople(4_000);
    const text = lines.join(' ');
    const people = mergePeople(roleMentions(text), text);
    const expected = [...new Set(lines.map((_, i) => `${nameWord(i)} ${nameWord(i + 1)}`))];
    // Names the spelling key takes as one ("Qy" and "Qi" are transliterations of each other) are merged, as they should be.
    assert.ok(people.length > 3_500, `${people.length} people`);
    assert.deepEqual(
      people.map((p) => p.name),
      expected.filter((name) => people.some((p) => p.name === name)),
    );
    assert.ok(people.every((p) => p.role === 'Journalist'));
  });

  it('mergePeople: spellings of one name are one person, named by the spelling used most', () => {
    const text = 'Muslim Aliev spoke. Muslim Aliyev was sentenced to 19 years. Muslim Aliev appealed.';
    assert.deepEqual(mergePeople(sentenceMentions(text).concat([{ name: 'Muslim Aliev' }]), text), [
      { name: 'Muslim Aliev', aliases: ['Muslim Aliyev'], sentence: { years: 19 } },
    ]);
  });

  it('each finding as a whole document imports to a case or a clear error', () => {
    for (const [name, { document }] of Object.entries(findings)) {
      const result = importUrgentAction(document);
      assert.equal(result.error, undefined, name);
      assert.equal(result.valid, false, name);
      assert.ok(result.warnings.length > 0, name);
    }
  });
});

describe('importer limits', () => {
  it('refuses more than 1,000,000 characters, saying how much it reads', () => {
    const result = importUrgentAction('a'.repeat(INPUT_LIMITS.characters + 1));
    assert.equal(result.valid, false);
    assert.match(result.error, /^The document has 1,000,001 characters; the importer reads at most 1,000,000 \(about 1 MB\)\./);
    assert.deepEqual(result.warnings, [result.error]);
  });

  it('refuses a line over the limit, naming the line', () => {
    const result = importUrgentAction(`Title\n\n${'x'.repeat(INPUT_LIMITS.lineLength + 1)}`);
    assert.match(result.error, /^Line 3 has 10,001 characters; the importer reads lines of at most 10,000\./);
    assert.equal(importUrgentAction('x'.repeat(INPUT_LIMITS.lineLength)).error, undefined);
  });
});

describe('importer on random and adversarial text up to 100 KB', () => {
  it('always ends with a case that is JSON (valid only when the schema agrees) or a clear error', () => {
    fc.assert(
      fc.property(hostileText(100 * 1024), (text) => {
        const result = importUrgentAction(text);
        assert.ok(Array.isArray(result.warnings) && result.warnings.every((w) => typeof w === 'string' && w.length > 0));
        if (result.error) return assert.equal(result.valid, false);
        assert.deepEqual(JSON.parse(JSON.stringify(result.case)), result.case);
        assert.equal(result.valid, parseCase(result.case).ok);
        assert.doesNotMatch(JSON.stringify(result.case), HIDDEN_EMAIL);
      }),
      { numRuns: 60, seed: 1616 },
    );
  });

  it('read as a web page too: the page gives text, and its import a case or a clear error', () => {
    fc.assert(
      fc.property(hostileText(100 * 1024), fc.constantFrom('p', 'div', 'li', 'td', 'h1'), (text, tag) => {
        const page = htmlToText(`<main><${tag}>${text}</${tag}><a href="https://example.org/r">let us know</a></main>`);
        assert.equal(typeof page.text, 'string');
        const result = importUrgentAction(page.text, page);
        assert.ok(result.error ? !result.valid : result.valid === parseCase(result.case).ok);
      }),
      { numRuns: 30, seed: 1717 },
    );
  });
});
