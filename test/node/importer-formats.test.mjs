/**
 * The importer on the documents authors hold: PDFs (written here with pdf-lib from our own fixtures), web pages, an
 * appeal's series in any order and mix of formats, and the shapes real documents have that plain parsing missed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCase } from '../../lib/src/case/parse.js';
import { htmlToText, importSeries, importUrgentAction, readDocument } from '../../lib/importer/index.js';
import { writeColumnsPdf, writePdf } from '../fixtures/importer/write-pdf.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const text = (path) => readFileSync(join(repo, 'test/fixtures', path), 'utf8');
const asFile = (name, content) => ({ name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const FOOTER = 'UPDATE ON UA 58/24 Index: EUR 99/0001/2024 Estmark Date: 20 June 2024';

describe('importing a PDF', () => {
  const update = text('ua-series/update.txt');
  let pdfText;
  before(async () => {
    pdfText = (await readDocument(asFile('update.pdf', await writePdf(update, { footer: FOOTER, linesPerPage: 22 })))).text;
  });

  it('reads the pages in order without page numbers, running header or footer in the text, which keeps the footer once at the end', () => {
    assert.doesNotMatch(pdfText, /Page \d of \d/);
    assert.equal(pdfText.match(/Example Rights Network · Urgent Action/g).length, 1);
    assert.equal(pdfText.match(/Index: EUR/g).length, 1);
    assert.match(
      pdfText,
      /\n\nExample Rights Network · Urgent Action\nUPDATE ON UA 58\/24 Index: EUR 99\/0001\/2024 Estmark Date: 20 June 2024$/,
    );
  });

  it('gives the same case as the document as text, paragraphs joined over lines and pages', () => {
    const fromPdf = importUrgentAction(pdfText);
    const fromText = importUrgentAction(update);
    assert.equal(fromPdf.valid, true, fromPdf.warnings.join('\n'));
    assert.deepEqual(fromPdf.case, fromText.case);
    assert.equal(fromPdf.case.letter.body.length, 3);
  });

  it('reads two columns left then right: the letter whole, the targets beside it whole', async () => {
    const letterAt = update.indexOf('Dear Prosecutor General,');
    const left = `${update.split('\n')[2]}\n\n${update.slice(letterAt)}`;
    const right = update.slice(update.indexOf('Hedda Marsk'), letterAt);
    const title = update.split('\n')[0];
    const columns = (await readDocument(asFile('columns.pdf', await writeColumnsPdf(title, left, right)))).text;
    const { case: c } = importUrgentAction(columns);
    const fromText = importUrgentAction(update).case;
    assert.deepEqual(c.targets, fromText.targets);
    assert.deepEqual(c.letter, fromText.letter);
    assert.deepEqual(c.summary, fromText.summary);
    assert.deepEqual(c.people, fromText.people);
  });

  it('refuses a file that is not a PDF, or has no text, with a message', async () => {
    await assert.rejects(readDocument(asFile('broken.pdf', '%PDF-1.7 nothing here')), /could not be read as a PDF/);
    const { PDFDocument } = await import('pdf-lib');
    const blank = await PDFDocument.create();
    blank.addPage();
    await assert.rejects(readDocument(asFile('scan.pdf', await blank.save())), /has no text \(a scanned image\?\)/);
  });
});

describe('importing a web page', () => {
  const page = text('ua-series/first.html');

  it('takes the article: no navigation, header or footer; numbered steps stay numbered', () => {
    const { text: article } = htmlToText(page);
    assert.doesNotMatch(article, /Donate|Campaigns|Privacy|Follow us|Example Rights Network/);
    assert.match(article, /^14 March 2024\n\nUrgent Action: Three Journalists Face Unfair Trial \(Estmark: UA 58\.24\)\n\n/);
    assert.match(article, /\n1\. Write a letter [^\n]*\n2\. Click here to let us know/);
    assert.match(article, /\nHedda Marsk\nProsecutor General\nOffice of the Prosecutor General\n/);
  });

  it('keeps the report form and the page address as the case’s report.url and link, and dates the case from its first line', async () => {
    const result = importSeries([await readDocument(asFile('first.html', page))]);
    assert.equal(result.valid, true, result.warnings.join('\n'));
    const c = result.case;
    assert.deepEqual(
      [c.ua, c.kind, c.title, c.country, c.issued],
      ['58.24', 'new', 'Three Journalists Face Unfair Trial', 'Estmark', '2024-03-14'],
    );
    assert.equal(c.link, 'https://example.org/ua/58-24');
    assert.deepEqual(c.report, { url: 'https://example.org/report/ua-58-24' });
    assert.ok(!result.warnings.some((w) => w.includes('add "report"')));
    assert.deepEqual(
      c.targets.map((t) => [t.name, t.salutation]),
      [['Hedda Marsk', 'Dear Prosecutor General']],
    );
  });

  it('drops scripts and hidden text, resolves links against the page, and refuses links it cannot resolve or trust', () => {
    const html = `<base href="https://example.org/ua/"><main><script>alert(1)</script><p hidden>secret</p><p>Text</p>
      <a href="report">Let us know what you did</a></main>`;
    assert.deepEqual(htmlToText(html), { text: 'Text\n\nLet us know what you did', reportUrl: 'https://example.org/ua/report' });
    assert.equal(htmlToText('<main><a href="/report">Let us know</a></main>').reportUrl, undefined);
    assert.equal(htmlToText('<main><a href="javascript:alert(1)">Let us know</a></main>').reportUrl, undefined);
  });

  it('reads a page nested deeper than the call stack', () => {
    const deep = '<div>'.repeat(50_000) + 'Deep text' + '</div>'.repeat(50_000);
    assert.equal(htmlToText(`<body>${deep}</body>`).text, 'Deep text');
  });
});

describe('importing an appeal’s series', () => {
  let documents;
  before(async () => {
    documents = [
      await readDocument(asFile('first.html', text('ua-series/first.html'))),
      await readDocument(asFile('update.pdf', await writePdf(text('ua-series/update.txt'), { footer: FOOTER, linesPerPage: 22 }))),
      await readDocument(asFile('outcome.txt', text('ua-series/outcome.txt'))),
    ];
  });

  it('gives one closed case with the history oldest first, whatever the order and mix of formats', () => {
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
      [2, 0, 1],
    ];
    const results = orders.map((order) => importSeries(order.map((i) => documents[i])));
    for (const result of results) assert.deepEqual(result.case, results[0].case);
    const { case: c, valid, warnings } = results[0];
    assert.equal(valid, true, warnings.join('\n'));
    assert.deepEqual(
      c.history.map((entry) => [entry.kind, entry.date, entry.title]),
      [
        ['new', '2024-03-14', 'Three Journalists Face Unfair Trial'],
        ['update', '2024-06-20', 'Journalists Sentenced After Unfair Trial'],
        ['outcome', '2024-12-05', 'Journalists’ Convictions Upheld'],
      ],
    );
    assert.match(c.history[1].summary, /^On 10 June 2024 the Kessel Regional Court convicted/);
    assert.deepEqual([c.kind, c.status, c.issued, c.targets, c.actions], ['outcome', 'closed', '2024-12-05', [], []]);
    assert.equal(c.letter, undefined);
    assert.equal(c.report, undefined, 'a closed case asks for no reports');
    assert.match(c.outcome, /^On 28 November 2024 the Supreme Court of Estmark upheld/);
  });

  it('takes the people from the latest document, with the sentences only the update gave', () => {
    assert.deepEqual(importSeries(documents).case.people, [
      { name: 'Ilka Brandvold', role: 'Journalist', sentence: { years: 6 } },
      { name: 'Teodor Saari', role: 'Journalist', sentence: { years: 5 } },
      { name: 'Mira Koskenniemi', role: 'Journalist', sentence: { years: 4, months: 6 } },
    ]);
  });

  it('without the outcome, is open with the update’s targets and letter, and the first page’s report form', () => {
    const { case: c, valid, warnings } = importSeries(documents.slice(0, 2));
    assert.equal(valid, true, warnings.join('\n'));
    assert.deepEqual([c.kind, c.status, c.history.length], ['update', 'open', 2]);
    assert.deepEqual(
      c.targets.map((t) => t.name),
      ['Hedda Marsk', 'Oskar Venn'],
    );
    assert.match(c.letter.body[1], /^Ilka Brandvold was sentenced to six years/);
    assert.deepEqual(c.report, { url: 'https://example.org/report/ua-58-24' });
  });

  it('is what demo/cases/ua-58-24.json holds (first.html, update.txt and outcome.txt), so the demo cannot drift', async () => {
    const series = await Promise.all(
      ['first.html', 'update.txt', 'outcome.txt'].map(async (name) =>
        readDocument(asFile(`test/fixtures/ua-series/${name}`, text(`ua-series/${name}`))),
      ),
    );
    const demo = JSON.parse(readFileSync(join(repo, 'demo/cases/ua-58-24.json'), 'utf8'));
    assert.deepEqual(importSeries(series).case, demo);
    assert.equal(parseCase(demo).ok, true);
  });

  it('names the document each warning came from', () => {
    const { warnings } = importSeries(documents);
    assert.ok(
      warnings.some((w) => w.startsWith('update.pdf: Target "Oskar Venn": an e-mail address the source page hid')),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.every((w) => /^(?:first\.html|update\.pdf|outcome\.txt): /.test(w)),
      warnings.join('\n'),
    );
  });

  it('warns when the documents give different UA numbers, and names a document that is refused', () => {
    const other = { name: 'other.txt', text: text('ua-series/outcome.txt').replace(/UA 58\.24/, 'UA 12.24') };
    assert.ok(importSeries([documents[0], other]).warnings.some((w) => w.includes('different UA numbers (58.24, 12.24)')));
    const refused = importSeries([documents[0], { name: 'huge.txt', text: 'x'.repeat(20_000) }]);
    assert.match(refused.error, /^huge\.txt: Line 1 has 20,000 characters/);
  });
});

describe('urgent-action import with several files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'urgent-action-series-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports a PDF, a web page and a text file as one valid case (exit 0) that validate accepts', async () => {
    writeFileSync(join(scratch, 'update.pdf'), await writePdf(text('ua-series/update.txt'), { footer: FOOTER }));
    const cli = (...args) => spawnSync(process.execPath, [join(repo, 'bin/urgent-action.js'), ...args], { cwd: scratch, encoding: 'utf8' });
    const run = cli(
      'import',
      join(repo, 'test/fixtures/ua-series/outcome.txt'),
      'update.pdf',
      join(repo, 'test/fixtures/ua-series/first.html'),
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).history.length, 3);
    assert.match(run.stderr, /^warning: update\.pdf: /m);
    writeFileSync(join(scratch, 'case.json'), run.stdout);
    assert.equal(cli('validate', 'case.json').status, 0);
  });

  it('exits 2 with the reason for a file it cannot read', () => {
    writeFileSync(join(scratch, 'long.txt'), 'x'.repeat(20_000));
    const run = spawnSync(process.execPath, [join(repo, 'bin/urgent-action.js'), 'import', join(scratch, 'long.txt')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^urgent-action: Line 1 has 20,000 characters; the importer reads lines of at most 10,000\./);
  });
});

describe('document shapes the importer once missed', () => {
  it('the country given only as the title’s prefix', () => {
    const { case: c, valid, warnings } = importUrgentAction(text('ua-text/country-in-title.txt'));
    assert.equal(valid, true, warnings.join('\n'));
    assert.equal(c.country, 'Estmark');
    assert.equal(c.title, 'Armed attack against land defenders in Varnavik');
    assert.deepEqual(
      c.targets.map((t) => [t.name, t.title]),
      [['Jorunn Dahl', 'Minister of Security']],
    );
    assert.deepEqual(
      c.people.map((p) => p.name),
      ['Sanna Orvik', 'Pekka Lind'],
    );
  });

  it('a target block flattened onto one line', () => {
    const { case: c, valid, warnings } = importUrgentAction(text('ua-text/flattened-target.txt'));
    assert.equal(valid, true, warnings.join('\n'));
    assert.deepEqual(c.targets, [
      {
        name: 'Ms. Elin Sarro',
        organisation: 'Permanent Mission of Norland to the United Nations',
        address: ['622 Example Avenue', '34th Floor New York', 'NY 10017'],
        phone: ['212 555 0170'],
        fax: ['212 555 0171'],
        email: ['mission@norland.example.org'],
        social: { x: '@NorlandUN' },
        salutation: 'Dear Ambassador',
      },
    ]);
    assert.ok(warnings.some((w) => w.includes('only the first X (Twitter) account is kept')));
  });

  it('a document that is only a sample letter: its address block is the target, the greeting its salutation', () => {
    const { case: c, warnings } = importUrgentAction(text('ua-text/sample-letter-only.txt'));
    assert.deepEqual(c.targets, [
      {
        name: 'Brigadier Ansgar Holm',
        title: 'Military Prosecutor',
        organisation: 'Office of the Military Prosecutor',
        address: ['12 Garrison Street', 'Kessel 1030', 'Estmark'],
        salutation: 'Dear Military Prosecutor',
      },
    ]);
    assert.equal(c.title, undefined, 'the addressee is not the title');
    assert.ok(!warnings.some((w) => w.includes('no salutation')));
    assert.deepEqual(c.people, [{ name: 'Lauri Vesterinen', sentence: { years: 2 } }]);
    assert.equal(c.letter.body.length, 2);
  });

  it('a page that opens with a date: the date of issue, never the title', () => {
    const { case: c, warnings, missing } = importUrgentAction(text('ua-text/leading-date.txt'));
    assert.equal(c.title, undefined);
    assert.equal(c.issued, '2023-05-12');
    assert.ok(missing.includes('title'));
    assert.ok(warnings.includes('Missing: title (required; the document does not give it).'));
    assert.ok(!warnings.some((w) => w.startsWith('id:')), 'no schema jargon for the id made from a missing number');
  });

  it('every complete fixture validates', () => {
    for (const name of ['labelled-blocks', 'pdf-export', 'outcome', 'web-page-headings', 'country-in-title', 'flattened-target']) {
      const { case: c, valid, warnings } = importUrgentAction(text(`ua-text/${name}.txt`));
      assert.equal(valid && parseCase(c).ok, true, `${name}: ${warnings.join('\n')}`);
    }
  });
});
