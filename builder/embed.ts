/** The embed code a site pastes for a case. Pure. */
import { isWebUrl } from '../src/urls.js';

export interface EmbedOptions {
  /** `src`: the page loads the case from `caseUrl`; `inline`: the case sits in the page. */
  mode: 'src' | 'inline';
  caseUrl: string;
  scriptUrl: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The HTML a site pastes: the script tag and the element, with a link as fallback content for readers without JS.
 * The case's own link is used only when it is a web address the widget would also accept (never `javascript:`).
 * With `shadowRoot` (the appeal pre-rendered as declarative shadow DOM, in the case's language) the appeal itself is
 * what readers without JS see, and the element keeps that language when the script takes over.
 */
export function embedCode(data: Record<string, unknown>, { mode, caseUrl, scriptUrl }: EmbedOptions, shadowRoot?: string): string {
  const label = escapeHtml([data.ua && `Urgent Action ${data.ua}`, data.title].filter(Boolean).join(': ') || 'Urgent Action');
  const link = typeof data.link === 'string' && isWebUrl(data.link) ? data.link : undefined;
  const href = escapeHtml(link ?? caseUrl);
  const fallback = mode === 'src' || link ? `<p><a href="${href}">${label}</a></p>` : `<p>${label}</p>`;
  const { $schema: _schema, ...content } = data;
  // "<" escaped, so that no text in the case can close the script element early.
  const inline = `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>`;
  const attributes = [mode === 'src' && `src="${escapeHtml(caseUrl)}"`, shadowRoot && `lang="${escapeHtml(String(data.lang))}"`].filter(
    Boolean,
  );
  return [
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`,
    `<urgent-action${attributes.map((attribute) => ` ${attribute}`).join('')}>`,
    // A pre-rendered root comes first, where `urgent-action render` puts it; the fallback would be hidden by it.
    shadowRoot ? `  ${shadowRoot}${mode === 'inline' ? `\n  ${inline}` : ''}` : `  ${mode === 'inline' ? `${inline}\n  ` : ''}${fallback}`,
    '</urgent-action>',
  ].join('\n');
}
