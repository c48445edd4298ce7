import { en, type Catalogue } from './en.js';

/** "es-MX" → "es". */
export const primaryTag = (lang: string) => lang.toLowerCase().split(/[-_]/)[0]!;

/**
 * Interface languages loaded so far, by primary subtag. English is built in (every other catalogue falls back to it);
 * each other language module registers itself when imported (`languages.ts` imports them on demand).
 */
export const CATALOGUES: Record<string, Catalogue> = { en };

/** Makes `catalogue` the interface strings of `lang` (a primary subtag, such as "fr"), for translators created from now on. */
export function registerTranslation(lang: string, catalogue: Catalogue): void {
  CATALOGUES[primaryTag(lang)] = catalogue;
}
