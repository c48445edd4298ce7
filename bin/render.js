/**
 * `urgent-action render CASE.json [--src URL] [--lang L]`: prints the embed snippet with the appeal already inside
 * the element as a declarative shadow root, rendered in Node by @lit-labs/ssr from the element's own templates.
 * Readers without JavaScript see the whole appeal; with it, the element renders the same layout over it (from the
 * inline case, or from `--src` when given) and takes over.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { UrgentActionElement, formatIssues, parseCase } from 'urgent-action';
import { LANGUAGE_MODULES } from '../lib/src/i18n/languages.js';

export const RENDER_HELP = `Usage: urgent-action render CASE.json|- [--src URL] [--lang LANG] [--script URL]

Prints the HTML to paste into a page: the module script tag and <urgent-action> with the appeal pre-rendered inside
it (declarative shadow DOM), so that it shows before any script runs, or without scripts at all.

  --src URL      Where the page will fetch the case from: the element refreshes from it once its script runs.
                 Without it, the case goes into the snippet as inline JSON.
  --lang LANG    Interface language (en, fr, es, ar) and the case's translation to show.
  --script URL   URL of urgent-action.js on your site (default /js/urgent-action.js).

The pre-rendered styles are an inline <style>: a page with a Content-Security-Policy must allow it in style-src
with its hash or 'unsafe-inline'.

Exit status: 0 printed; 1 the case is invalid; 2 the file could not be read or the options are wrong.`;

const escapeAttribute = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The embed snippet for `data` (a valid case), pre-rendered. `src`: the case's URL on the site (else the case goes
 * in as inline JSON); `lang`: the interface language; `script`: where the page loads urgent-action.js from.
 */
export async function renderEmbed(data, { src, lang, script = '/js/urgent-action.js' } = {}) {
  UrgentActionElement.define();
  // The browser loads a language when it needs it; here every one is at hand before the one synchronous render.
  await Promise.all(Object.values(LANGUAGE_MODULES).map((load) => load()));
  // The case text is escaped by Lit; the attributes and the inline JSON are ours to escape.
  const shadow = await collectResult(render(html`<urgent-action .case=${data} lang=${lang ?? data.lang}></urgent-action>`));
  const attributes = [src && `src="${escapeAttribute(src)}"`, lang && `lang="${escapeAttribute(lang)}"`].filter(Boolean).join(' ');
  const inline = src ? '' : `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  // Lit's server output is the element with its shadow root; the snippet keeps the root and sets its own attributes.
  // The letter's textarea carries its text as an attribute (Lit binds no text inside a textarea): moved into the field,
  // already escaped (entities mean the same in an attribute and in a textarea).
  const root = shadow
    .slice(shadow.indexOf('<template shadowroot'), shadow.lastIndexOf('</urgent-action>'))
    .replace(/<textarea([^>]*?) data-text="([^"]*)"([^>]*)><\/textarea>/g, '<textarea$1$3>$2</textarea>');
  return [
    `<script type="module" src="${escapeAttribute(script)}"></script>`,
    `<urgent-action${attributes ? ` ${attributes}` : ''}>${root}${inline}</urgent-action>`,
  ].join('\n');
}

/** Runs the command with its arguments; returns the exit status. */
export async function runRender(args, read) {
  const options = {};
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const flag = /^--(src|lang|script)$/.exec(args[i]);
    if (flag && args[i + 1] !== undefined) options[flag[1]] = args[++i];
    else if (args[i].startsWith('--')) return usage(`unknown option ${args[i]}`);
    else files.push(args[i]);
  }
  if (files.length !== 1) return usage('give one case file');
  let data;
  try {
    data = JSON.parse(read(files[0]));
  } catch (error) {
    console.error(`(root): not JSON: ${error.message}`);
    return 1;
  }
  const result = parseCase(data);
  if (!result.ok) {
    console.error(`${formatIssues(result.issues)}\n${files[0]}: not a valid case`);
    return 1;
  }
  process.stdout.write(`${await renderEmbed(data, options)}\n`);
  return 0;
}

function usage(problem) {
  console.error(`urgent-action render: ${problem}\n\n${RENDER_HELP}`);
  return 2;
}
