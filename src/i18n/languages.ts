/**
 * The interface languages besides English, each a module of its own that registers itself when imported: the
 * script-tag build turns each into a chunk, loaded only when a page needs that language.
 */
export const LANGUAGE_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
};
