/**
 * builder/index.html: paste Urgent Action text or case JSON, see the widget, the warnings, the case JSON to
 * download and the embed code to copy. Bundled to dist/builder.js by `npm run build`.
 */
import type { UrgentActionElement } from '../src/urgent-action.js';
import { buildCase, embedCode, type BuiltCase, type EmbedOptions } from './case-input.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const source = $<HTMLTextAreaElement>('source');
const file = $<HTMLInputElement>('file');
const status = $('status');
const warnings = $<HTMLUListElement>('warnings');
const results = $('results');
const preview = $<UrgentActionElement>('preview');
const json = $('json');
const download = $<HTMLAnchorElement>('download');
const caseUrl = $<HTMLInputElement>('case-url');
const scriptUrl = $<HTMLInputElement>('script-url');
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

/** Embed code only for a valid case: a site must not publish one the widget would refuse. */
function showSnippet() {
  const ready = Boolean(built?.valid && built.data);
  snippet.textContent = ready ? embedCode(built!.data!, embedOptions()) : 'Fix the problems listed under "Check" to get the embed code.';
  copy.disabled = !ready;
}

function show() {
  const input = source.value;
  built = input.trim() ? buildCase(input) : undefined;
  results.hidden = !built;
  copyStatus.textContent = '';
  if (!built) return;
  const count = built.warnings.length;
  status.textContent = built.valid
    ? `A valid case${count ? ` (${count} ${count === 1 ? 'warning' : 'warnings'} to read)` : ''}.`
    : `Not a valid case yet: ${count} ${count === 1 ? 'problem' : 'problems'} to fix before publishing.`;
  warnings.replaceChildren(...built.warnings.map((warning) => Object.assign(document.createElement('li'), { textContent: warning })));
  if (!built.data) return;
  preview.case = built.data;
  const text = JSON.stringify(built.data, null, 2) + '\n';
  json.textContent = text;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  download.href = downloadUrl;
  const name = typeof built.data.id === 'string' ? built.data.id : 'case';
  download.download = `${name}.json`;
  caseUrl.placeholder = `/cases/${name}.json`;
  showSnippet();
}

let timer: ReturnType<typeof setTimeout> | undefined;
source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(show, 250);
});
file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (!chosen) return;
  source.value = await chosen.text();
  show();
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
show();
