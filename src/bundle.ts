/**
 * Entry of `dist/urgent-action.js`, the script-tag build (`<script type="module">`). Small on purpose: it starts the
 * case request of each `<urgent-action src>` already in the page, then imports the element, whose code downloads
 * while the case does. It does nothing when the tag is already defined or another copy of this script (from another
 * URL) got there first: a second copy of Lit would create its Trusted Types policy again, which a strict page refuses.
 */
import { requestCasesEarly } from './load/early.js';

const CLAIM = Symbol.for('urgent-action.script');
const page = globalThis as typeof globalThis & { [CLAIM]?: true };

if (!customElements.get('urgent-action') && !page[CLAIM]) {
  page[CLAIM] = true;
  requestCasesEarly(document, document.baseURI);
  void import('./define.js');
}
