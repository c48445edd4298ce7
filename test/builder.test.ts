import { expect } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { embedCode } from '../builder/embed.js';
import { findings } from './fixtures/importer/hostile-inputs.mjs';
import { writePdf } from './fixtures/importer/write-pdf.mjs';
import { expectSeedAppealReadable, expectShareLinksUnaddressed, seedCase, waitFor } from './support/helpers.js';

/** builder/index.html in an iframe (it needs npm run build: dist/urgent-action.js and dist/builder.js). */
async function openBuilder(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = '/builder/index.html';
  document.body.append(frame);
  const doc = await waitFor(() => {
    const loaded = frame.contentDocument;
    return loaded?.location.pathname === '/builder/index.html' && loaded.readyState === 'complete' && loaded;
  }, 'the builder page');
  await waitFor(() => frame.contentWindow!.customElements.get('urgent-action'), 'the widget to be defined');
  return doc;
}

/** Pastes as a reader does: the text lands in the box and an input event follows. */
function paste(doc: Document, text: string) {
  const source = doc.getElementById('source') as HTMLTextAreaElement;
  source.value = text;
  source.dispatchEvent(new Event('input', { bubbles: true }));
}

const byId = (doc: Document, id: string) => doc.getElementById(id)!;

/** The check's result, once the import worker has answered. */
const checked = (doc: Document) =>
  waitFor(
    () => !doc.body.hasAttribute('aria-busy') && byId(doc, 'status').textContent !== 'Reading…' && byId(doc, 'status').textContent,
    'the check',
  );

/** Drops files on the builder's drop zone as a person dragging them from their desktop does. */
function drop(doc: Document, files: File[]) {
  const view = doc.defaultView as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  for (const file of files) transfer.items.add(file);
  byId(doc, 'drop-zone').dispatchEvent(new view.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

const fixtureText = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();

describe('builder/index.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('turns the pasted reference Urgent Action into a live widget with six people, warnings, JSON and embed code', async function () {
    const response = await fetch('/test-api/reference-text');
    if (!response.ok) {
      console.warn(`skipped: ${await response.text()}`);
      this.skip();
    }
    const doc = await openBuilder();
    expect(byId(doc, 'results').hidden).to.equal(true);
    paste(doc, await response.text());

    const widget = byId(doc, 'preview') as UrgentActionElement;
    await waitFor(() => widget.caseData, 'the widget to show the case');
    await widget.updateComplete;
    const root = widget.shadowRoot!;
    expect(root.querySelectorAll('tbody tr').length).to.equal(6);
    expect(root.textContent).to.contain('Conviction of Crimeans Must be Quashed');
    expect(root.textContent).to.contain('Dear Chief Military Prosecutor');

    expect(byId(doc, 'status').textContent).to.match(/^A valid case \(4 warnings to read\)\.$/);
    const warnings = [...byId(doc, 'warnings').querySelectorAll('li')].map((li) => li.textContent!);
    expect(warnings.filter((w) => w.includes('[email protected]')).length).to.equal(3);

    const json = JSON.parse(byId(doc, 'json').textContent!);
    expect(json.ua).to.equal('126.19');
    expect(json.people.length).to.equal(6);
    const download = byId(doc, 'download') as HTMLAnchorElement;
    expect(download.download).to.equal('ua-126-19.json');
    expect(JSON.parse(await (await fetch(download.href)).text())).to.deep.equal(json);

    const snippet = byId(doc, 'snippet');
    expect(snippet.textContent).to.equal(
      [
        '<script type="module" src="/js/urgent-action.js"></script>',
        '<urgent-action src="/cases/ua-126-19.json">',
        '  <p><a href="/cases/ua-126-19.json">Urgent Action 126.19: Conviction of Crimeans Must be Quashed</a></p>',
        '</urgent-action>',
      ].join('\n'),
    );
    (doc.querySelector('input[value="inline"]') as HTMLInputElement).click();
    expect(snippet.textContent).to.contain('<urgent-action>\n  <script type="application/json">{"version":1,');
    expect(snippet.textContent!.match(/<\/script>/g)!.length).to.equal(2, 'the case cannot close its script element');
  });

  it('embeds inline code that a page can run: the snippet shows the same case', async () => {
    const doc = await openBuilder();
    paste(doc, JSON.stringify(await seedCase()));
    await waitFor(() => byId(doc, 'snippet').textContent, 'the JSON to be checked');
    (doc.querySelector('input[value="inline"]') as HTMLInputElement).click();
    const host = document.createElement('div');
    // The snippet's element part, as a site would paste it (the script tag is already on this test page).
    host.innerHTML = byId(doc, 'snippet').textContent!.replace(/^<script src[^\n]*\n/, '');
    await import('../src/define.js');
    document.body.append(host);
    const el = host.querySelector('urgent-action') as UrgentActionElement;
    await waitFor(() => el.caseData, 'the inline case to show');
    expect(el.caseData!.ua).to.equal('126.19');
    host.remove();
  });

  it('offers the appeal pre-rendered: readable with scripts off, taken over in place with them', async () => {
    const doc = await openBuilder();
    paste(doc, JSON.stringify(await seedCase()));
    await waitFor(() => byId(doc, 'snippet').textContent?.includes('<urgent-action src='), 'the embed code');
    (doc.querySelector('input[value="inline"]') as HTMLInputElement).click();
    const scriptUrl = byId(doc, 'script-url') as HTMLInputElement;
    scriptUrl.value = '/dist/urgent-action.js';
    scriptUrl.dispatchEvent(new Event('input'));
    byId(doc, 'prerender').click();
    const snippet = await waitFor(
      () => byId(doc, 'snippet').textContent!.includes('shadowrootmode') && byId(doc, 'snippet').textContent!,
      'the pre-rendered code',
    );
    expect((byId(doc, 'copy') as HTMLButtonElement).disabled).to.equal(false);

    // The snippet in a page of its own, with the page's text below it; scripts off (a sandbox without allow-scripts), then on.
    const page = async (sandbox?: string) => {
      const frame = document.createElement('iframe');
      if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
      frame.style.width = '800px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><body>${snippet}<p id="below">Below</p></body></html>`;
      document.body.append(frame);
      await loaded;
      const el = frame.contentDocument!.querySelector('urgent-action') as UrgentActionElement;
      return { frame, el, below: () => frame.contentDocument!.getElementById('below')!.getBoundingClientRect().top };
    };
    const off = await page('allow-same-origin');
    expect(off.frame.contentWindow!.customElements.get('urgent-action')).to.equal(undefined);
    expectSeedAppealReadable(off.el.shadowRoot!);
    expectShareLinksUnaddressed(off.el.shadowRoot!);

    const on = await page();
    await waitFor(() => on.el.caseData, 'the script to take over');
    await on.el.updateComplete;
    expect(on.el.shadowRoot!.querySelectorAll('.root').length).to.equal(1, 'one appeal, not the pre-rendered one beside it');
    expect(on.el.shadowRoot!.querySelectorAll('style').length).to.equal(0);
    expect(on.el.letterText).to.match(/^Dear Chief Military Prosecutor,/);
    expect(Math.abs(on.below() - off.below()), 'the page below where it was without script').to.be.below(2);
  });

  it('checks pasted case JSON against the schema and lists each problem as path: message', async () => {
    const doc = await openBuilder();
    const data = await seedCase();
    data.people[2].sentence.years = 500;
    paste(doc, JSON.stringify(data));
    await checked(doc);
    expect(byId(doc, 'status').textContent).to.equal('Not a valid case yet: 1 problem to fix before publishing.');
    expect(byId(doc, 'warnings').textContent).to.match(/^people\.2\.sentence\.years: /);
  });

  it('gives no embed code for an invalid case, and says why', async () => {
    const doc = await openBuilder();
    const data = await seedCase();
    data.link = 'javascript:alert(document.domain)';
    paste(doc, JSON.stringify(data));
    await checked(doc);
    expect(byId(doc, 'warnings').textContent).to.match(/^link: /);
    expect(byId(doc, 'snippet').textContent).to.equal('Fix the problems listed under "Check" to get the embed code.');
    expect((byId(doc, 'copy') as HTMLButtonElement).disabled).to.equal(true);
  });
});

describe('builder/index.html with files and hostile input', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('turns three dropped files of one appeal (web page, PDF, text) into one closed case with its history', async function () {
    // pdf.js reads a PDF in the import worker: slow on a loaded machine, in WebKit above all.
    this.timeout(40_000);
    const doc = await openBuilder();
    const view = doc.defaultView as Window & typeof globalThis;
    const update = await writePdf(await fixtureText('ua-series/update.txt'), { linesPerPage: 22 });
    drop(doc, [
      new view.File([await fixtureText('ua-series/outcome.txt')], 'outcome.txt', { type: 'text/plain' }),
      new view.File([update], 'update.pdf', { type: 'application/pdf' }),
      new view.File([await fixtureText('ua-series/first.html')], 'first.html', { type: 'text/html' }),
    ]);
    await waitFor(() => /^Imported 3 files/.test(byId(doc, 'file-status').textContent!), 'the three files to be imported', 20_000);
    expect(byId(doc, 'file-status').textContent).to.equal('Imported 3 files as one case: outcome.txt, update.pdf, first.html.');
    expect(byId(doc, 'status').textContent).to.match(/^A valid case/);
    const json = JSON.parse(byId(doc, 'json').textContent!);
    expect(json.history.map((entry: { kind: string }) => entry.kind)).to.deep.equal(['new', 'update', 'outcome']);
    expect(json.people[0]).to.deep.equal({ name: 'Ilka Brandvold', role: 'Journalist', sentence: { years: 6 } });
    const warnings = [...byId(doc, 'warnings').querySelectorAll('li')].map((li) => li.textContent!);
    expect(warnings.some((w) => w.startsWith('update.pdf: Target "Oskar Venn"'))).to.equal(true);
    const widget = byId(doc, 'preview') as UrgentActionElement;
    await waitFor(() => widget.caseData?.status === 'closed' && widget.caseData, 'the widget to show the case');
  });

  it('reads a dropped PDF on its own', async function () {
    this.timeout(40_000);
    const doc = await openBuilder();
    const view = doc.defaultView as Window & typeof globalThis;
    drop(doc, [new view.File([await writePdf(await fixtureText('ua-series/update.txt'))], 'update.pdf', { type: 'application/pdf' })]);
    await waitFor(() => byId(doc, 'file-status').textContent === 'Imported update.pdf.', 'the PDF to be imported', 20_000);
    expect(JSON.parse(byId(doc, 'json').textContent!).targets.length).to.equal(2);
    expect(byId(doc, 'status').textContent).to.match(/^A valid case/);
  });

  it('names a dropped file it cannot read, and why', async function () {
    this.timeout(40_000);
    const doc = await openBuilder();
    const view = doc.defaultView as Window & typeof globalThis;
    drop(doc, [new view.File(['%PDF-1.7 not really'], 'broken.pdf', { type: 'application/pdf' })]);
    await waitFor(() => /^Could not import/.test(byId(doc, 'file-status').textContent!), 'the import to end', 20_000);
    expect(byId(doc, 'file-status').textContent).to.equal('Could not import broken.pdf: see why under "Check".');
    expect(byId(doc, 'warnings').textContent).to.match(/^broken\.pdf: This file could not be read as a PDF/);
  });

  it('keeps the page responsive while a hostile document imports, stops it at the time limit and says so', async () => {
    const doc = await openBuilder();
    doc.body.dataset.importTimeLimit = '100';
    const status = byId(doc, 'status');
    let ranWhileImporting: boolean | undefined;
    // The moment the import starts, the page's thread queues a task: it must run before the import ends.
    new MutationObserver(() => {
      if (status.textContent === 'Reading…' && ranWhileImporting === undefined) {
        doc.defaultView!.setTimeout(() => (ranWhileImporting = doc.body.hasAttribute('aria-busy')), 0);
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
    paste(doc, findings.mergePeople.document);
    await checked(doc);
    expect(ranWhileImporting).to.equal(true);
    expect(status.textContent).to.equal('Nothing to show: see why below.');
    expect(byId(doc, 'warnings').textContent).to.match(
      /^The import took longer than 0\.1 seconds and was stopped, so that this page stays usable\./,
    );
    expect(byId(doc, 'snippet').textContent).to.equal('Fix the problems listed under "Check" to get the embed code.');

    // The next import gets a fresh worker.
    delete doc.body.dataset.importTimeLimit;
    paste(doc, JSON.stringify(await seedCase()));
    await waitFor(() => status.textContent === 'A valid case.', 'the next import');
  });

  it('refuses a document over the line limit with the importer’s message', async () => {
    const doc = await openBuilder();
    paste(doc, `Title\n${findings.HIDDEN_EMAIL.piece}`);
    await checked(doc);
    expect(byId(doc, 'warnings').textContent).to.match(/^Line 2 has 65,536 characters; the importer reads lines of at most 10,000\./);
  });

  it('previews an unfinished case with each missing or invalid field marked where it appears, not the reader’s error box', async () => {
    const doc = await openBuilder();
    const data = await seedCase();
    delete data.title;
    data.targets[0].salutation = '';
    data.letter.body = [];
    paste(doc, JSON.stringify(data));
    await checked(doc);
    expect(byId(doc, 'status').textContent).to.match(/^Not a valid case yet: 3 problems/);
    expect(byId(doc, 'preview-note').hidden).to.equal(false);
    const widget = byId(doc, 'preview') as UrgentActionElement;
    await waitFor(() => widget.caseData, 'the preview');
    await widget.updateComplete;
    const text = widget.shadowRoot!.textContent!;
    expect(text).not.to.contain('can’t be shown');
    expect(text).not.to.contain("can't be shown");
    expect(text).to.contain('⚠ Missing: title');
    expect(text).to.contain('⚠ Missing: the letter');
    expect(text).to.contain('⚠ targets.0.salutation: must not be empty');
    expect(widget.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(6, 'what is there is shown as it will be');
  });
});

describe('embedCode', () => {
  const options = { mode: 'inline', caseUrl: '/cases/x.json', scriptUrl: '/js/urgent-action.js' } as const;

  it('never puts a link the widget would refuse into the fallback <a href>', () => {
    for (const link of ['javascript:alert(1)', 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'vbscript:x']) {
      const code = embedCode({ ua: '1.23', title: 'T', link }, options);
      expect(code, link).not.to.match(/href="[^"]*script:|href="data:/i);
      expect(code, link).to.contain('<p>Urgent Action 1.23: T</p>');
    }
    expect(embedCode({ ua: '1.23', title: 'T', link: 'javascript:x' }, { ...options, mode: 'src' })).to.contain('<a href="/cases/x.json">');
  });

  it('keeps a web link, escaped', () => {
    expect(embedCode({ title: 'T', link: 'https://example.org/ua?a=1&b="2"' }, options)).to.contain(
      '<a href="https://example.org/ua?a=1&amp;b=&quot;2&quot;">T</a>',
    );
  });
});
