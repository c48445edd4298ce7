import { en, type Catalogue, type MessageKey, type PluralForms } from './en.js';

/** Interface languages the bundle ships. Adding one is adding a catalogue file and a line here. */
const CATALOGUES: Record<string, Catalogue> = { en };

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export type Params = Record<string, string | number>;

export interface Translator {
  /** The BCP 47 tag in use, e.g. "fr" or "es-MX". */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, params?: Params): string;
  number(value: number): string;
  /** Formats "2019", "2019-11" or "2019-11-28" to the precision it has. */
  date(value: string): string;
}

/** The first of `candidates` that names a language we have a catalogue for, by full tag or primary subtag. */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const primary = candidate.toLowerCase().split(/[-_]/)[0]!;
    if (CATALOGUES[primary]) return candidate;
  }
  return 'en';
}

export function createTranslator(lang: string): Translator {
  const primary = lang.toLowerCase().split(/[-_]/)[0]!;
  const catalogue = CATALOGUES[primary] ?? en;
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
    dir: RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr',
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
