/**
 * The benchmark's pages: the demo page's layout (a heading and a paragraph above the widget) with either the widget
 * (script + `src`) or its static twin (the same rendered shadow DOM as a declarative shadow root, no script).
 */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `body`: the case URL (with `script`) or the twin's shadow root; `snippet`: a pre-rendered embed, as printed by
 * `urgent-action render` (its own script tag and element).
 * @param {{ title: string, body?: string, script?: boolean, snippet?: string }} page
 */
export function benchPage({ title, body = '', script = false, snippet }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/demo/demo.css" />
    ${script ? '<script type="module" src="/dist/urgent-action.js"></script>' : ''}
  </head>
  <body>
    <main>
      <h1>Act now for the people in this appeal</h1>
      <p>Partner page content above the widget: the widget must not push it around when the case arrives.</p>
      ${snippet ?? `<urgent-action${script ? ` src="${escapeHtml(body)}"` : ''}>${script ? '' : body}<p><a href="/demo/">Read the appeal</a></p></urgent-action>`}
    </main>
  </body>
</html>
`;
}

/**
 * Runs in the page: the widget's rendered shadow DOM as a declarative shadow root, with its adopted style sheets in a
 * `<style>`, form values written into the markup, and Lit's marker comments removed.
 */
export function serialiseShadowRoot() {
  const root = document.querySelector('urgent-action').shadowRoot;
  for (const textarea of root.querySelectorAll('textarea')) textarea.textContent = textarea.value;
  for (const input of root.querySelectorAll('input')) input.setAttribute('value', input.value);
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  // Case text is escaped by innerHTML, so every "<!--" here is one of Lit's markers.
  const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  return `<template shadowrootmode="open"><style>${css}</style>${html}</template>`;
}

/**
 * Runs in every benchmark page before its own code: records when the appeal's title is first in the DOM and laid out
 * (checked at each animation frame, the same way for both pages), the largest contentful paint, and layout shifts.
 */
export function instrumentPage() {
  const bench = (window.__bench = { content: 0, lcp: 0, cls: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.renderTime || entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const poll = () => {
    const title = document.querySelector('urgent-action')?.shadowRoot?.querySelector('.title');
    if (!title) return requestAnimationFrame(poll);
    title.getBoundingClientRect();
    bench.content = performance.now();
  };
  requestAnimationFrame(poll);
}

/**
 * Runs in a loaded widget page: times each keystroke in the letter and each change of addressee, from `keydown` until
 * the element has finished updating and the page is laid out again.
 */
export function instrumentInput() {
  const el = document.querySelector('urgent-action');
  const root = el.shadowRoot;
  const samples = (window.__input = []);
  let start = 0;
  addEventListener('keydown', () => (start = performance.now()), true);
  const measure = async () => {
    const began = start;
    await el.updateComplete;
    root.querySelector('textarea').getBoundingClientRect();
    samples.push(performance.now() - began);
  };
  root.addEventListener('input', (event) => event.target.localName === 'textarea' && measure());
  root.addEventListener('change', (event) => event.target.localName === 'select' && measure());
}
