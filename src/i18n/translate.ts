import { CATALOGUES, primaryTag, registerTranslation } from './catalogues.js';
import { en, type MessageKey, type PluralForms } from './en.js';
import { LANGUAGE_MODULES } from './languages.js';

export { CATALOGUES, primaryTag, registerTranslation };

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export type Params = Record<string, string | number>;

export interface Translator {
  /** The BCP 47 tag in use, e.g. "fr" or "es-MX". */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, params?: Params): string;
  number(value: number): string;
  /** "a, b and c" in this language. */
  list(items: readonly string[]): string;
  /** "ru" → "Russian", named in this language where the browser knows it. */
  language(tag: string): string;
  /** Formats "2019", "2019-11" or "2019-11-28" to the precision it has. */
  date(value: string): string;
  /** Builds the formatters an appeal's first render uses (plurals, numbers, full dates) now rather than then. */
  prepare(): void;
}

/** Writing direction of a language, whether or not we have its catalogue (a letter may be in any language). */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(primaryTag(lang)) ? 'rtl' : 'ltr');

/** The first of `candidates` that names a language we have a catalogue for (loaded or not), by full tag or primary subtag. */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const primary = primaryTag(candidate);
    if (CATALOGUES[primary] || LANGUAGE_MODULES[primary]) return candidate;
  }
  return 'en';
}

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads the catalogue of `lang` if it is not there yet: resolves once it has registered itself, or undefined when
 * there is nothing to wait for. A catalogue that fails to load leaves the interface in English.
 */
export function loadCatalogue(lang: string): Promise<unknown> | undefined {
  const primary = primaryTag(lang);
  const load = LANGUAGE_MODULES[primary];
  if (CATALOGUES[primary] || !load) return undefined;
  if (!loading.has(primary))
    loading.set(
      primary,
      load().catch(() => registerTranslation(primary, en)),
    );
  return loading.get(primary);
}

/**
 * Builds an `Intl` formatter on first use only, and keeps it. A page's first `Intl` object makes the browser load its
 * locale data, which is slow on a phone, so nothing is built before the case needs it; a locale the browser
 * rejects falls back to English.
 */
function lazyFormatter<T>(lang: string, build: (locale: string) => T): () => T {
  let formatter: T | undefined;
  return () => {
    if (!formatter) {
      try {
        formatter = build(lang);
      } catch {
        formatter = build('en');
      }
    }
    return formatter;
  };
}

export function createTranslator(lang: string): Translator {
  const catalogue = CATALOGUES[primaryTag(lang)] ?? en;
  const plurals = lazyFormatter(lang, (locale) => new Intl.PluralRules(locale));
  const numbers = lazyFormatter(lang, (locale) => new Intl.NumberFormat(locale));
  const lists = lazyFormatter(lang, (locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const languageNames = lazyFormatter(lang, (locale) => new Intl.DisplayNames([locale], { type: 'language' }));
  // Naming a language is slow and asked again at each render (a card's or an addressee's preferred language).
  const languageNameOf = new Map<string, string>();
  const dates = [0, 1, 2].map((precision) =>
    lazyFormatter(
      lang,
      (locale) =>
        new Intl.DateTimeFormat(locale, {
          year: 'numeric',
          month: precision ? 'long' : undefined,
          day: precision > 1 ? 'numeric' : undefined,
          timeZone: 'UTC',
        }),
    ),
  );
  const number = (value: number) => numbers().format(value);
  return {
    lang,
    dir: directionOf(lang),
    number,
    list: (items) => lists().format(items),
    t(key, params = {}) {
      const entry: string | PluralForms = catalogue[key] ?? en[key];
      const message = typeof entry === 'string' ? entry : (entry[plurals().select(Number(params['count'] ?? 0))] ?? entry.other);
      return message.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? number(value) : value;
      });
    },
    language(tag) {
      let name = languageNameOf.get(tag);
      if (name === undefined) {
        try {
          name = languageNames().of(tag) ?? tag;
        } catch {
          name = tag;
        }
        languageNameOf.set(tag, name);
      }
      return name;
    },
    prepare() {
      plurals();
      numbers();
      dates[2]!();
    },
    date(value) {
      const [year, month, day] = value.split('-').map(Number);
      try {
        return dates[day ? 2 : month ? 1 : 0]!().format(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
      } catch {
        return value;
      }
    },
  };
}
