/** Hostile strings for the XSS corpus and the property tests, and how to tell whether one got through. */
import type { UrgentActionElement } from '../../src/urgent-action.js';

/** Tags of the payloads that ran: each calls `window.__xss(tag)` if it ever does. */
export const executed: string[] = [];
(window as unknown as { __xss(tag: string): void }).__xss = (tag) => executed.push(tag);

export const BIDI = ['\u202E', '\u202B', '\u2067', '\u202D'];

/** Hostile strings: markup, event handlers, dangerous URLs in disguise, template syntax, bidi overrides. */
export const CORPUS = [
  '<script>__xss("script")</script>',
  '<img src=x onerror=__xss("img")>',
  '"><svg onload=__xss("svg")>',
  "' onmouseover='__xss(\"attr\")' x='",
  '</textarea><script>__xss("textarea")</script>',
  '<iframe srcdoc="<script>parent.__xss(`srcdoc`)</script>"></iframe>',
  '<a href="javascript:__xss(`a`)">click</a>',
  '<style>*{display:none}</style>',
  '<!-- <p>',
  'javascript:__xss("js")',
  'JaVaScRiPt:__xss("case")',
  ' \tjava\nscript:__xss("whitespace")',
  '\u0001javascript:__xss("control")',
  'java\u0000script:__xss("nul")',
  'javascript&colon;__xss("entity")',
  '&#106;avascript:__xss("numeric")',
  'data:text/html,<script>__xss("data")</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX3hzcygiYjY0Iik8L3NjcmlwdD4=',
  'vbscript:msgbox("vb")',
  '//evil.example/x',
  '${__xss("template")}',
  '{{constructor.constructor("__xss(`angular`)")()}}',
  '<%= __xss("erb") %>',
  '{name} {count}',
  ...BIDI.map((control) => `Name${control} evil`),
];

/** Every URL the widget put in its DOM. */
export function widgetUrls(el: UrgentActionElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((node) =>
    ['href', 'src', 'action', 'formaction'].flatMap((name) => node.getAttribute(name) ?? []),
  );
}
