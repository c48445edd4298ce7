/**
 * Entry of `dist/urgent-action.js`, the script-tag build. The build wraps it in a check that skips the whole bundle
 * when `<urgent-action>` is already defined, before a second copy of Lit could run (under Trusted Types, a second
 * `lit-html` policy would be a violation).
 */
import './define.js';
