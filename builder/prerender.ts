/**
 * The appeal pre-rendered for the embed code, in the page: the element renders the case off screen from its own
 * templates, and its shadow root is written out as a declarative shadow root, its style sheets in a `<style>`, the
 * same shape `urgent-action render` prints. Readers without JavaScript see the whole appeal; with it, the element
 * renders the same layout over it and takes over.
 */
import type { UrgentActionElement } from '../src/urgent-action.js';

/** What belongs to the author's own browser, never to readers: their past actions on this case. */
const PERSONAL = '[part="history-notice"]';

/**
 * `root` as declarative shadow DOM: a copy, with the letter written into its field and Lit's markers removed. Share
 * links lose their address when the appeal has no link of its own (`linked` false): they point at this page, and the
 * page the snippet goes on is not known yet; the element gives them its address at take-over.
 */
function serialiseRoot(root: ShadowRoot, linked = true): string {
  const copy = document.createElement('template');
  copy.content.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
  // The element sets the letter as the field's value, which is not markup.
  const letters = copy.content.querySelectorAll('textarea');
  root.querySelectorAll('textarea').forEach((field, i) => (letters[i]!.textContent = field.value));
  copy.content.querySelectorAll(PERSONAL).forEach((node) => node.remove());
  if (!linked) copy.content.querySelectorAll('[part="share"] a').forEach((link) => link.removeAttribute('href'));
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  // innerHTML escapes the case's text, so every comment left is one of Lit's markers.
  const markup = copy.innerHTML.replace(/<!--[^]*?-->/g, '');
  return `<template shadowrootmode="open"><style>${css}</style>${markup}</template>`;
}

/**
 * The shadow root of `<urgent-action>` showing `data` in `lang` (its interface language and the translation shown),
 * rendered in a hidden corner of this page and removed again.
 */
export async function prerender(data: Record<string, unknown>, lang: string): Promise<string> {
  const box = document.createElement('div');
  box.hidden = true;
  const element = document.createElement('urgent-action') as UrgentActionElement;
  element.lang = lang;
  element.case = structuredClone(data);
  box.append(element);
  document.body.append(box);
  try {
    await customElements.whenDefined('urgent-action');
    await element.updateComplete;
    return serialiseRoot(element.shadowRoot!, Boolean(data.link));
  } finally {
    box.remove();
  }
}
