import { expect } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { seedCase } from './helpers.js';

async function until<T>(what: string, probe: () => T | undefined | null | false, ms = 8000): Promise<T> {
  for (let waited = 0; waited < ms; waited += 50) {
    const value = probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** builder/index.html in an iframe (it needs npm run build: dist/urgent-action.js and dist/builder.js). */
async function openBuilder(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = '/builder/index.html';
  document.body.append(frame);
  const doc = await until('the builder page', () => {
    const loaded = frame.contentDocument;
    return loaded?.location.pathname === '/builder/index.html' && loaded.readyState === 'complete' && loaded;
  });
  await until('the widget to be defined', () => frame.contentWindow!.customElements.get('urgent-action'));
  return doc;
}

/** Pastes as a reader does: the text lands in the box and an input event follows. */
function paste(doc: Document, text: string) {
  const source = doc.getElementById('source') as HTMLTextAreaElement;
  source.value = text;
  source.dispatchEvent(new Event('input', { bubbles: true }));
}

const byId = (doc: Document, id: string) => doc.getElementById(id)!;

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
    await until('the widget to show the case', () => widget.caseData);
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
    await until('the JSON to be checked', () => byId(doc, 'snippet').textContent);
    (doc.querySelector('input[value="inline"]') as HTMLInputElement).click();
    const host = document.createElement('div');
    // The snippet's element part, as a site would paste it (the script tag is already on this test page).
    host.innerHTML = byId(doc, 'snippet').textContent!.replace(/^<script src[^\n]*\n/, '');
    await import('../src/define.js');
    document.body.append(host);
    const el = host.querySelector('urgent-action') as UrgentActionElement;
    await until('the inline case to show', () => el.caseData);
    expect(el.caseData!.ua).to.equal('126.19');
    host.remove();
  });

  it('checks pasted case JSON against the schema and lists each problem as path: message', async () => {
    const doc = await openBuilder();
    const data = await seedCase();
    data.people[2].sentence.years = 500;
    paste(doc, JSON.stringify(data));
    await until('the check', () => byId(doc, 'status').textContent);
    expect(byId(doc, 'status').textContent).to.equal('Not a valid case yet: 1 problem to fix before publishing.');
    expect(byId(doc, 'warnings').textContent).to.match(/^people\.2\.sentence\.years: /);
  });
});
