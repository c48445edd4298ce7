/**
 * A web page of an appeal → its article's text, one line per line of the page, blank lines between blocks, with
 * the links that matter: the report form ("let us know the actions you took") and the appeal's own address.
 * Navigation, headers, footers, asides, forms and scripts are dropped. Parsed by parse5, the HTML standard's parser,
 * never by patterns over tags. Pure.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { safeUrl } from '../src/urls.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface PageText {
  text: string;
  /** The page's own address (`<link rel="canonical">` or `og:url`), when it gives one. */
  link?: string;
  /** The report form the page links to. */
  reportUrl?: string;
}

/** Never part of the appeal's text. */
const DROPPED = new Set([
  'head',
  'nav',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'dialog',
  'object',
  'video',
  'audio',
  'canvas',
  'picture',
  'img',
]);
/** Page furniture, unless it is inside the article (an article's own header holds its title). */
const FURNITURE = new Set(['header', 'footer']);
/** Elements whose text is a paragraph of its own: a blank line before and after. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'blockquote',
  'pre',
  'address',
  'figure',
  'hr',
  'section',
  'article',
  'main',
  'details',
  'summary',
]);
/** Elements that start a new line. */
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'br', 'header', 'footer']);
const ROLE_FURNITURE = /^(?:navigation|banner|contentinfo|complementary|search)$/;
const REPORT_LINK = /\blet\s+us\s+know\b|\breport\s+(?:your\s+|the\s+)?actions?\b|\btell\s+us\b/i;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function descendants(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) found.push(node);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return found;
}

function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The element holding the appeal: the page's article, else its main content, else the body. */
function contentRoot(elements: readonly Element[]): Element | undefined {
  const articles = elements.filter((e) => e.tagName === 'article');
  const longest = articles.sort((a, b) => textOf(b).length - textOf(a).length)[0];
  return longest ?? elements.find((e) => e.tagName === 'main' || attr(e, 'role') === 'main') ?? elements.find((e) => e.tagName === 'body');
}

/** The page as text lines, walking the tree without recursion (a page may nest deeper than the call stack). */
function linesOf(root: Element): string {
  // Text, and breaks as numbers (1 a new line, 2 a blank line): a run of breaks becomes the largest of them.
  const out: (string | 1 | 2)[] = [];
  const breakLine = (blank: boolean) => out.push(blank ? 2 : 1);
  type Step = { node: Node; exit?: string; blank?: boolean };
  const stack: Step[] = [{ node: root }];
  const listCounters: number[] = [];
  while (stack.length) {
    const { node, exit, blank } = stack.pop()!;
    if (exit !== undefined) {
      if (exit === 'ol' || exit === 'ul') listCounters.pop();
      breakLine(Boolean(blank));
      continue;
    }
    if (node.nodeName === '#text') {
      out.push((node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    const role = attr(node, 'role') ?? '';
    if (DROPPED.has(tag) || attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true') continue;
    if (node !== root && (FURNITURE.has(tag) || ROLE_FURNITURE.test(role)) && root.tagName !== 'article') continue;
    if (tag === 'br') {
      breakLine(false);
      continue;
    }
    const paragraph = PARAGRAPH.has(tag);
    if (paragraph || LINE.has(tag)) breakLine(paragraph);
    if (tag === 'ol') listCounters.push(0);
    if (tag === 'ul') listCounters.push(-1);
    if (tag === 'li' && listCounters.length && listCounters[listCounters.length - 1]! >= 0) {
      // A numbered step stays numbered: "1. Write a letter …".
      out.push(`${++listCounters[listCounters.length - 1]!}. `);
    }
    if (paragraph || LINE.has(tag)) stack.push({ node, exit: tag, blank: paragraph });
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]! });
  }
  const text: string[] = [];
  let pending = 0;
  for (const part of out) {
    if (typeof part === 'number') pending = Math.max(pending, part);
    else if (part.trim()) {
      if (pending && text.length) text.push(pending === 2 ? '\n\n' : '\n');
      pending = 0;
      text.push(part);
    } else if (!pending) text.push(part);
  }
  return text
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** The text of an appeal's web page, with its address and report form. */
export function htmlToText(html: string): PageText {
  const document = parse(html);
  const elements = descendants(document);
  const meta = (name: string) => elements.find((e) => e.tagName === 'meta' && (attr(e, 'property') === name || attr(e, 'name') === name));
  const canonical = elements.find((e) => e.tagName === 'link' && attr(e, 'rel')?.split(/\s+/).includes('canonical'));
  const base = attr(elements.find((e) => e.tagName === 'base') ?? canonical ?? ({ attrs: [] } as unknown as Element), 'href');
  const absolute = (href: string | undefined) => {
    if (!href) return undefined;
    const url = base ? safeUrl(href, safeUrl(base)) : safeUrl(href);
    // Without the page's own address, a relative link cannot be resolved: it is left out.
    return url && (base || /^https?:/i.test(href.trim())) ? url : undefined;
  };
  const root = contentRoot(elements);
  const report = root && descendants(root).find((e) => e.tagName === 'a' && REPORT_LINK.test(textOf(e)));
  const page: PageText = { text: root ? linesOf(root) : '' };
  const link =
    absolute(attr(canonical ?? ({ attrs: [] } as unknown as Element), 'href')) ??
    absolute(meta('og:url') && attr(meta('og:url')!, 'content'));
  if (link) page.link = link;
  const reportUrl = report && absolute(attr(report, 'href'));
  if (reportUrl) page.reportUrl = reportUrl;
  return page;
}
