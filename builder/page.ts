/**
 * builder/index.html: paste Urgent Action text or case JSON, or open or drop files (PDF, web page, text; an appeal's
 * whole series at once), and see the widget, the warnings, the case JSON to download and the embed code to copy.
 * The import runs in a worker with a time limit (`data-import-time-limit` on the body, in milliseconds), so the page
 * never freezes. Bundled to dist/builder.js (and the worker to dist/builder-worker.js) by `npm run build`.
 */
import type { UrgentActionElement } from '../src/urgent-action.js';
import type { DocumentFile } from '../importer/index.js';
import type { BuiltCase } from './case-input.js';
import { embedCode, type EmbedOptions } from './embed.js';
import { DEFAULT_TIME_LIMIT_MS, runImport } from './import-client.js';
import { prerender } from './prerender.js';
import { previewCase } from './preview.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const source = $<HTMLTextAreaElement>('source');
const file = $<HTMLInputElement>('file');
const dropZone = $('drop-zone');
const fileStatus = $('file-status');
const status = $('status');
const warnings = $<HTMLUListElement>('warnings');
const results = $('results');
const preview = $<UrgentActionElement>('preview');
const previewNote = $('preview-note');
const notShown = $<HTMLUListElement>('not-shown');
const json = $('json');
const download = $<HTMLAnchorElement>('download');
const caseUrl = $<HTMLInputElement>('case-url');
const scriptUrl = $<HTMLInputElement>('script-url');
const prerendered = $<HTMLInputElement>('prerender');
const snippet = $('snippet');
const copy = $<HTMLButtonElement>('copy');
const copyStatus = $('copy-status');

let built: BuiltCase | undefined;
let downloadUrl: string | undefined;

function embedOptions(): EmbedOptions {
  const mode = (document.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'src') as EmbedOptions['mode'];
  caseUrl.disabled = mode === 'inline';
  return { mode, caseUrl: caseUrl.value.trim() || caseUrl.placeholder, scriptUrl: scriptUrl.value.trim() || scriptUrl.placeholder };
}

/** Each call's turn: a pre-rendering that finishes after a newer call is dropped. */
let snippetTurn = 0;

/** Embed code only for a valid case: a site must not publish one the widget would refuse. */
async function showSnippet() {
  const turn = ++snippetTurn;
  const data = built?.valid ? built.data : undefined;
  copy.disabled = true;
  if (!data) {
    snippet.textContent = 'Fix the problems listed under "Check" to get the embed code.';
    return;
  }
  const options = embedOptions();
  const shadowRoot = prerendered.checked ? await prerender(data, String(data.lang)) : undefined;
  if (turn !== snippetTurn) return;
  snippet.textContent = embedCode(data, options, shadowRoot);
  copy.disabled = false;
}

const listItems = (lines: readonly string[]) => lines.map((line) => Object.assign(document.createElement('li'), { textContent: line }));

/** A valid case as readers will see it; an unfinished one with each missing or invalid field marked in place. */
function showPreview(data: Record<string, unknown>, valid: boolean) {
  const partial = valid ? undefined : previewCase(data);
  previewNote.hidden = valid;
  notShown.replaceChildren(...listItems(partial?.notShown ?? []));
  preview.hidden = !valid && !partial?.data;
  if (valid) preview.case = data;
  else if (partial?.data) preview.case = partial.data;
}

function show(result: BuiltCase | undefined) {
  built = result;
  results.hidden = !built;
  copyStatus.textContent = '';
  if (!built) return;
  const count = built.warnings.length;
  status.textContent = built.valid
    ? `A valid case${count ? ` (${count} ${count === 1 ? 'warning' : 'warnings'} to read)` : ''}.`
    : built.data
      ? `Not a valid case yet: ${count} ${count === 1 ? 'problem' : 'problems'} to fix before publishing.`
      : 'Nothing to show: see why below.';
  warnings.replaceChildren(...listItems(built.warnings));
  if (!built.data) {
    void showSnippet();
    preview.hidden = true;
    previewNote.hidden = true;
    json.textContent = '';
    return;
  }
  showPreview(built.data, built.valid);
  const text = JSON.stringify(built.data, null, 2) + '\n';
  json.textContent = text;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  download.href = downloadUrl;
  const name = typeof built.data.id === 'string' ? built.data.id : 'case';
  download.download = `${name}.json`;
  caseUrl.placeholder = `/cases/${name}.json`;
  void showSnippet();
}

const timeLimit = () => Number(document.body.dataset.importTimeLimit) || DEFAULT_TIME_LIMIT_MS;

/** Imports in the worker and shows the result; undefined when a newer import took its place. */
async function importInput(input: string | DocumentFile[]): Promise<BuiltCase | undefined> {
  status.textContent = 'Reading…';
  document.body.setAttribute('aria-busy', 'true');
  const result = await runImport(input, timeLimit());
  if (!result) return undefined;
  document.body.removeAttribute('aria-busy');
  show(result);
  return result;
}

async function importFiles(list: FileList | null | undefined) {
  const chosen = [...(list ?? [])];
  if (!chosen.length) return;
  fileStatus.textContent = `Reading ${chosen.map((f) => f.name).join(', ')}.`;
  source.value = '';
  const files = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await importInput(files);
  if (!result) return;
  const names = chosen.length === 1 ? chosen[0]!.name : `${chosen.length} files as one case: ${chosen.map((f) => f.name).join(', ')}`;
  fileStatus.textContent = result.data ? `Imported ${names}.` : `Could not import ${names}: see why under "Check".`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(timer);
  fileStatus.textContent = '';
  timer = setTimeout(() => (source.value.trim() ? importInput(source.value) : show(undefined)), 250);
});
file.addEventListener('change', () => importFiles(file.files));
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  importFiles(event.dataTransfer?.files);
});
for (const input of document.querySelectorAll('#embed-options input')) input.addEventListener('input', showSnippet);
copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copyStatus.textContent = 'Embed code copied.';
  } catch {
    getSelection()?.selectAllChildren(snippet);
    copyStatus.textContent = 'Copying was blocked: the code is selected, press Ctrl+C (⌘C) to copy it.';
  }
});
if (source.value.trim()) importInput(source.value);
