/**
 * The importer on the reference Urgent Action and on fictional documents of the other shapes real ones come in.
 * Runs with `node --test` on the compiled lib/ (npm test builds it first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCase } from '../../lib/src/case/parse.js';
import { addContactLine, emptyContacts, phoneNumbers } from '../../lib/importer/contacts.js';
import { importUrgentAction } from '../../lib/importer/parse-ua-text.js';
import { sentenceMentions } from '../../lib/importer/people.js';
import { parseDate, parseNumber } from '../../lib/importer/words.js';
import { referenceText as REFERENCE } from '../server/reference.mjs';

const repo = new URL('../../', import.meta.url);
const fixture = (name) => readFileSync(new URL(`test/fixtures/ua-text/${name}`, repo), 'utf8');
const importFixture = (name) => importUrgentAction(fixture(name));

// Without the reference each test is reported as skipped (a skipped suite would vanish from the counts).
const skipWithoutReference = !REFERENCE && 'shared/reference/ua-126-19-update.txt is not beside the repository';

describe('importing the reference document (UA 126.19)', () => {
  const test = (name, fn) => it(name, { skip: skipWithoutReference }, fn);
  const expected = JSON.parse(readFileSync(new URL('demo/cases/ua-126-19.json', repo), 'utf8'));
  const {
    case: imported,
    warnings,
    valid,
    missing,
  } = REFERENCE ? importUrgentAction(readFileSync(REFERENCE, 'utf8')) : { case: {}, warnings: [] };

  test('gives a valid case with nothing missing', () => {
    assert.deepEqual(missing, []);
    assert.equal(valid, true);
    assert.equal(parseCase(imported).ok, true);
  });

  test('agrees with demo/cases/ua-126-19.json on number, id, kind, title, country, status and summary', () => {
    for (const key of ['ua', 'id', 'kind', 'title', 'country', 'status', 'lang', 'summary', 'instructions', 'actions']) {
      assert.deepEqual(imported[key], expected[key], key);
    }
  });

  test('finds all six people with their sentences and roles, Aliyev/Aliev merged as one person with an alias', () => {
    const pick = ({ name, aliases, role, sentence }) => ({ name, aliases, role, sentence });
    assert.deepEqual(imported.people.map(pick), expected.people.map(pick));
  });

  test('finds both targets with every contact and salutation, the Prosecutor’s from the letter’s greeting', () => {
    assert.deepEqual(imported.targets, expected.targets);
    assert.equal(imported.targets[0].salutation, 'Dear Chief Military Prosecutor');
  });

  test('takes the letter body and closing', () => {
    assert.deepEqual(imported.letter, expected.letter);
  });

  test('never emits a hidden address, and warns once for each, naming the target', () => {
    assert.doesNotMatch(JSON.stringify(imported), /protected|@\w+\.\w+/);
    const hidden = warnings.filter((w) => w.includes('[email protected]'));
    assert.equal(hidden.length, 3);
    assert.equal(hidden.filter((w) => w.includes('"Valeriy Georgievich Petrov"')).length, 2);
    assert.equal(hidden.filter((w) => w.includes('"Anatoly Antonov"')).length, 1);
  });

  test('never crashes on the document cut short anywhere, and says what is missing', () => {
    const text = readFileSync(REFERENCE, 'utf8');
    for (let end = 0; end < text.length; end += 53) {
      const result = importUrgentAction(text.slice(0, end));
      assert.equal(result.valid, result.missing.length === 0 && parseCase(result.case).ok, `cut at ${end}`);
      for (const field of result.missing)
        assert.ok(
          result.warnings.some((w) => w.includes(`Missing: ${field}`)),
          `cut at ${end}`,
        );
    }
    assert.deepEqual(importUrgentAction('').missing, ['ua', 'title', 'country', 'summary', 'letter.body', 'letter.closing']);
  });
});

describe('importing a document of labelled blocks', () => {
  const { case: c, warnings, valid } = importFixture('labelled-blocks.txt');

  it('reads title, dates, type and number, country and language from the labels', () => {
    assert.equal(valid, true, warnings.join('\n'));
    assert.equal(c.title, 'Imprisoned land defenders must be freed');
    assert.equal(c.ua, '60/16');
    assert.equal(c.id, 'ua-60-16');
    assert.equal(c.kind, 'update', 'a third UA is an update');
    assert.equal(c.country, 'Republic of Valdoria');
    assert.equal(c.issued, '2017-07-05');
    assert.equal(c.deadline, '2017-08-16');
    assert.deepEqual(
      c.targets.map((t) => t.language),
      ['es', 'es'],
    );
    assert.match(c.summary[0], /^Three land rights defenders/);
    assert.match(c.background[0], /^The Ostmark dam project/);
  });

  it('reads sentences written in words, with months', () => {
    assert.deepEqual(
      c.people.map((p) => [p.name, p.sentence]),
      [
        ['Tomas Vell', { years: 8 }],
        ['Ilse Marren', { years: 6, months: 6 }],
        ['Piet Andovar', { years: 1, months: 9 }],
      ],
    );
  });

  it('splits several numbers on one line at " I ", "/" and commas, and title lines from names', () => {
    const [minister, prosecutor] = c.targets;
    assert.deepEqual(minister, {
      name: 'Dr Adela Korvin',
      title: 'Minister of Justice',
      organisation: 'Ministry of Justice',
      address: ['14 Palace Lane', 'Velmora 2200'],
      phone: ['+999 21 555 0100', '+999 21 555 0199'],
      fax: ['+999 21 555 0101', '+999 21 555 0102'],
      email: ['minister@justice.example.org', 'office@justice.example.org'],
      social: { x: '@ValdoriaJustice' },
      salutation: 'Dear Minister',
      language: 'es',
    });
    assert.deepEqual(prosecutor.phone, ['+999 21 555 0300', '+999 21 555 0301']);
    assert.equal(prosecutor.email, undefined);
  });

  it('warns about the hidden address and the salutation it had to make up', () => {
    assert.ok(warnings.some((w) => w.includes('"Marek Stanholm"') && w.includes('[email protected]')));
    assert.ok(warnings.some((w) => w.includes('"Marek Stanholm"') && w.includes('"Dear Prosecutor General"')));
    assert.equal(c.targets[1].salutation, 'Dear Prosecutor General');
  });

  it('takes the letter after "URGENT ACTION LETTER:", one paragraph per block', () => {
    assert.equal(c.letter.body.length, 3);
    assert.equal(c.letter.closing, 'Yours sincerely,');
  });
});

describe('importing a PDF saved as text', () => {
  const { case: c, warnings, valid } = importFixture('pdf-export.txt');

  it('drops page numbers and repeated headers and footers, and keeps what the footer says', () => {
    assert.equal(valid, true, warnings.join('\n'));
    assert.doesNotMatch(JSON.stringify(c), /FIRST UA|Index:|"1"|URGENT ACTION/);
    assert.equal(c.ua, '77/21');
    assert.equal(c.kind, 'new');
    assert.equal(c.country, 'Norland');
    assert.equal(c.issued, '2021-09-09');
    assert.equal(c.deadline, '2021-10-21');
    assert.equal(c.title, 'Free Woman Human Rights Defender Now');
  });

  it('joins wrapped lines and a paragraph broken by a page, and keeps bullets as paragraphs', () => {
    assert.match(c.summary[0], /^Woman human rights defender Sarai Odum was sentenced on 2 March 2021 to five years in prison by/);
    assert.deepEqual(c.letter.body.slice(1), [
      'Release Sarai Odum immediately and unconditionally;',
      'Ensure that she is protected from ill-treatment while in detention.',
    ]);
    assert.match(c.letter.body[0], /her videos alone and ignored the evidence that they were accurate\.$/);
  });

  it('reads a target whose title comes before the name, a handle from a URL, and the person with pronouns', () => {
    assert.deepEqual(c.targets, [
      {
        name: 'Jonas Harrow Ebbe',
        title: 'President',
        organisation: 'Office of the President',
        address: ['1 Liberty Square', 'Kestrel City', 'Norland'],
        email: ['president@gov.example.org'],
        social: { x: '@NorlandPres' },
        salutation: 'Dear President Ebbe',
        language: 'en',
      },
    ]);
    assert.deepEqual(c.people, [{ name: 'Sarai Odum', pronouns: 'she/her', role: 'Woman human rights defender', sentence: { years: 5 } }]);
  });
});

describe('importing an outcome', () => {
  const { case: c, missing, valid } = importFixture('outcome.txt');

  it('is closed, with no targets or actions, and the outcome from its text', () => {
    assert.equal(c.kind, 'outcome');
    assert.equal(c.status, 'closed');
    assert.deepEqual(c.targets, []);
    assert.deepEqual(c.actions, []);
    assert.match(c.outcome, /^Journalist Lio Varga was released/);
    assert.deepEqual(c.people, [{ name: 'Lio Varga', role: 'Journalist' }]);
  });

  it('is a complete, valid case without a letter', () => {
    assert.deepEqual(missing, []);
    assert.equal(valid, true);
  });
});

describe('importing a truncated document', () => {
  const { case: c, warnings, missing } = importFixture('truncated.txt');

  it('gives what it holds, with the deadline, target and people', () => {
    assert.equal(c.ua, '41.23');
    assert.equal(c.kind, 'new');
    assert.equal(c.deadline, '2023-06-01');
    assert.deepEqual(
      c.targets.map((t) => [t.name, t.title, t.phone, t.salutation]),
      [['Kaspar Lind', 'Minister of Interior', ['+999 30 555 0400', '+999 30 555 0401'], 'Dear Minister']],
    );
    assert.deepEqual(
      c.people.map((p) => [p.name, p.sentence]),
      [
        ['Ama Rell', { years: 2, months: 6 }],
        ['Dov Keshet', { years: 2, months: 6 }],
      ],
    );
    assert.match(c.letter.body[0], /Their only$/);
  });

  it('says the letter was cut short and which required field is missing', () => {
    assert.deepEqual(missing, ['letter.closing']);
    assert.ok(warnings.some((w) => w.includes('no closing')));
    assert.ok(warnings.some((w) => w === 'Missing: letter.closing (required; the document does not give it).'));
  });
});

describe('importing a web page with headings in mixed case', () => {
  const { case: c, warnings, valid } = importFixture('web-page-headings.txt');

  it('keeps the headings out of the targets and the letter, and reads a name with a particle', () => {
    assert.equal(valid, true, warnings.join('\n'));
    assert.deepEqual(
      c.targets.map((t) => [t.name, t.title, t.organisation, t.salutation]),
      [
        ['Tarek Hamid al-Noor', 'President', 'Office of the President', 'Your Excellency'],
        ['Elin Sarro', 'Ambassador', 'Embassy of Norland', 'Dear Ambassador'],
      ],
    );
    assert.deepEqual(c.letter.body, ['I am writing to urge you to release blogger Karim Nabil el-Marsa immediately.']);
    assert.deepEqual(c.people, [{ name: 'Karim Nabil el-Marsa', role: 'Blogger' }]);
    assert.equal(c.deadline, '2022-09-01');
  });

  it('gives the greeting to no other target than the first: a made-up salutation is warned about', () => {
    assert.ok(warnings.some((w) => w.includes('"Elin Sarro"') && w.includes('"Dear Ambassador"')));
  });
});

describe('importer building blocks', () => {
  it('reads numbers written in words', () => {
    assert.deepEqual(['8', 'eight', 'twenty-one', 'twenty one', 'nineteen', 'many'].map(parseNumber), [8, 8, 21, 21, 19, undefined]);
  });

  it('reads dates as Urgent Actions write them, and refuses dates that do not exist', () => {
    assert.deepEqual(
      ['16 August 2017', 'June 1 2023', 'August 16, 2017', '1st June 2023', '2017-08-16', '31 February 2020', 'soon'].map(parseDate),
      ['2017-08-16', '2023-06-01', '2017-08-16', '2023-06-01', '2017-08-16', undefined, undefined],
    );
  });

  it('splits numbers at " I ", "|", "/", commas and "or", keeping an alternative ending with its number', () => {
    assert.deepEqual(phoneNumbers('202 298 5700 I 202 298 5701'), ['202 298 5700', '202 298 5701']);
    assert.deepEqual(phoneNumbers('+7 (495) 693-13-60/+7 (495) 693-13-61, 555 0000 or 555 0001'), [
      '+7 (495) 693-13-60',
      '+7 (495) 693-13-61',
      '555 0000',
      '555 0001',
    ]);
    assert.deepEqual(phoneNumbers('+90 312 555 10 20/21'), ['+90 312 555 10 20/21']);
  });

  it('reads several labelled contacts on one line, and counts hidden addresses without keeping them', () => {
    const contacts = emptyContacts();
    addContactLine(contacts, 'Phone: 202 298 5700 I Fax: 202 298 5735 | Email: a@example.org');
    addContactLine(contacts, 'Emails: [email protected] [email protected], b@example.org');
    addContactLine(contacts, 'Facebook: facebook.com/RusEmbUSA/ Instagram: @RusEmbUSA');
    assert.deepEqual(contacts.phone, ['202 298 5700']);
    assert.deepEqual(contacts.fax, ['202 298 5735']);
    assert.deepEqual(contacts.email, ['a@example.org', 'b@example.org']);
    assert.equal(contacts.hiddenEmails, 2);
    assert.deepEqual(contacts.social, { facebook: '@RusEmbUSA', instagram: '@RusEmbUSA' });
  });

  it('finds people and sentences in prose, including "each", "who were" and life terms', () => {
    assert.deepEqual(
      sentenceMentions(
        'Ana Berg and Ivo Cole were sentenced to ten years each. Mara Dunn, who was sentenced to life imprisonment, appealed.',
      ),
      [
        { name: 'Ana Berg', sentence: { years: 10 } },
        { name: 'Ivo Cole', sentence: { years: 10 } },
        { name: 'Mara Dunn', sentence: { text: 'life imprisonment' } },
      ],
    );
  });
});
