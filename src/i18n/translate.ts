import { ar } from './ar.js';
import { en, type Catalogue, type MessageKey, type PluralForms } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** Interface languages the bundle ships, by primary subtag. Adding one is a catalogue file, its import and its name here. */
export const CATALOGUES: Record<string, Catalogue> = { en, fr, es, ar };

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export type Params = Record<string, string | number>;

export interface Translator {
  /** The BCP 47 tag in use, e.g. "fr" or "es-MX". */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, params?: Params): string;
  number(value: number): string;
  /** "ru" → "Russian", named in this language where the browser knows it. */
  language(tag: string): string;
  /** Formats "2019", "2019-11" or "2019-11-28" to the precision it has. */
  date(value: string): string;
}

/** "es-MX" → "es". */
export const primaryTag = (lang: string) => lang.toLowerCase().split(/[-_]/)[0]!;

/** Writing direction of a language, whether or not we have its catalogue (a letter may be in any language). */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(primaryTag(lang)) ? 'rtl' : 'ltr');

/** The first of `candidates` that names a language we have a catalogue for, by full tag or primary subtag. */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (CATALOGUES[primaryTag(candidate)]) return candidate;
  }
  return 'en';
}

export function createTranslator(lang: string): Translator {
  const catalogue = CATALOGUES[primaryTag(lang)] ?? en;
  let plurals: Intl.PluralRules;
  let numbers: Intl.NumberFormat;
  try {
    plurals = new Intl.PluralRules(lang);
    numbers = new Intl.NumberFormat(lang);
  } catch {
    plurals = new Intl.PluralRules('en');
    numbers = new Intl.NumberFormat('en');
  }
  const number = (value: number) => numbers.format(value);
  return {
    lang,
    dir: directionOf(lang),
    number,
    t(key, params = {}) {
      const entry: string | PluralForms = catalogue[key] ?? en[key];
      const message = typeof entry === 'string' ? entry : (entry[plurals.select(Number(params['count'] ?? 0))] ?? entry.other);
      return message.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? number(value) : value;
      });
    },
    language(tag) {
      try {
        return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    date(value) {
      const [year, month, day] = value.split('-').map(Number);
      const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
      if (month) options.month = 'long';
      if (day) options.day = 'numeric';
      try {
        return new Intl.DateTimeFormat(lang, options).format(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
      } catch {
        return value;
      }
    },
  };
}
