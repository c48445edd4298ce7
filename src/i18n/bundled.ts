/**
 * The interface languages the bundle ships besides English, each registering itself on import. To load one on demand
 * instead, take it out of this list and `import()` it when a reader asks for it: it registers itself the same way.
 */
import './ar.js';
import './es.js';
import './fr.js';
