/** What the builder page makes of its input: a case with warnings, and the embed code for a site. Pure. */
import { formatIssues, parseCase } from '../src/case/parse.js';
import { importUrgentAction } from '../importer/index.js';

export interface BuiltCase {
  /** The case, as far as it could be made; undefined when JSON input does not parse. */
  data: Record<string, unknown> | undefined;
  /** One line each: importer warnings, or `path: message` for each schema problem. */
  warnings: string[];
  valid: boolean;
}

/** Case JSON is checked against the schema; anything else is imported as Urgent Action text. */
export function buildCase(input: string): BuiltCase {
  const trimmed = input.trim();
  if (!trimmed.startsWith('{')) {
    const imported = importUrgentAction(input);
    return { data: imported.case, warnings: imported.warnings, valid: imported.valid };
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { data: undefined, warnings: [`(root): not JSON: ${(error as Error).message}`], valid: false };
  }
  const parsed = parseCase(data);
  return { data, warnings: parsed.ok ? [] : formatIssues(parsed.issues).split('\n'), valid: parsed.ok };
}

export interface EmbedOptions {
  /** `src`: the page loads the case from `caseUrl`; `inline`: the case sits in the page. */
  mode: 'src' | 'inline';
  caseUrl: string;
  scriptUrl: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The HTML a site pastes: the script tag and the element, with a link as fallback content for readers without JS. */
export function embedCode(data: Record<string, unknown>, { mode, caseUrl, scriptUrl }: EmbedOptions): string {
  const label = escapeHtml([data.ua && `Urgent Action ${data.ua}`, data.title].filter(Boolean).join(': ') || 'Urgent Action');
  const href = escapeHtml(typeof data.link === 'string' ? data.link : caseUrl);
  const fallback = mode === 'src' || typeof data.link === 'string' ? `<p><a href="${href}">${label}</a></p>` : `<p>${label}</p>`;
  const { $schema: _schema, ...content } = data;
  // "<" escaped, so that no text in the case can close the script element early.
  const inline = `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>\n  `;
  return [
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`,
    mode === 'src' ? `<urgent-action src="${escapeHtml(caseUrl)}">` : '<urgent-action>',
    `  ${mode === 'inline' ? inline : ''}${fallback}`,
    '</urgent-action>',
  ].join('\n');
}
