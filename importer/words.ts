/** Numbers, dates and language names as Urgent Actions write them, turned into values. Pure. */

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "8", "eight", "twenty-five", "twenty five", "a hundred" → the number; anything else → undefined. */
export function parseNumber(words: string): number | undefined {
  const value = words.trim().toLowerCase();
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'a hundred' || value === 'one hundred') return 100;
  const [tens, unit, extra] = value.split(/[\s-]+/);
  if (extra !== undefined) return undefined;
  const tensIndex = TENS.indexOf(tens ?? '');
  if (tensIndex >= 2) {
    const unitIndex = unit === undefined ? 0 : UNITS.indexOf(unit);
    return unitIndex >= 0 && unitIndex < 10 ? tensIndex * 10 + unitIndex : undefined;
  }
  const unitIndex = UNITS.indexOf(value);
  return unitIndex >= 0 ? unitIndex : undefined;
}

/** A pattern that finds a number written with digits or words, for building larger patterns. */
export const NUMBER_PATTERN = String.raw`\d{1,3}|(?:${TENS.slice(2).join('|')})(?:[\s-](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).join('|')}`;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

/** Finds a date written "16 August 2017", "August 16, 2017", "June 1 2023", "1st June 2023" or "2017-08-16". */
export const DATE_PATTERN = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;

/** The first date in `text` as `YYYY-MM-DD`, or undefined when there is none or it does not exist. */
export function parseDate(text: string): string | undefined {
  const found = new RegExp(DATE_PATTERN, 'i').exec(text)?.[0];
  if (!found) return undefined;
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(found);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const name = /[a-z]{3,}/i.exec(found)![0].toLowerCase();
    month = MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
    day = Number(/\b\d{1,2}(?=\D)/.exec(found)![0]);
    year = Number(/\d{4}/.exec(found)![0]);
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Language names Urgent Actions ask letters to be written in, and their BCP 47 tags. */
const LANGUAGE_TAGS: Record<string, string> = {
  amharic: 'am',
  arabic: 'ar',
  armenian: 'hy',
  azerbaijani: 'az',
  belarusian: 'be',
  bengali: 'bn',
  burmese: 'my',
  chinese: 'zh',
  dari: 'prs',
  dutch: 'nl',
  english: 'en',
  farsi: 'fa',
  french: 'fr',
  georgian: 'ka',
  german: 'de',
  greek: 'el',
  hebrew: 'he',
  hindi: 'hi',
  hungarian: 'hu',
  indonesian: 'id',
  italian: 'it',
  japanese: 'ja',
  kazakh: 'kk',
  khmer: 'km',
  korean: 'ko',
  kyrgyz: 'ky',
  lao: 'lo',
  malay: 'ms',
  mandarin: 'zh',
  mongolian: 'mn',
  nepali: 'ne',
  pashto: 'ps',
  persian: 'fa',
  polish: 'pl',
  portuguese: 'pt',
  romanian: 'ro',
  russian: 'ru',
  serbian: 'sr',
  sinhala: 'si',
  somali: 'so',
  spanish: 'es',
  swahili: 'sw',
  tajik: 'tg',
  tamil: 'ta',
  thai: 'th',
  tigrinya: 'ti',
  turkish: 'tr',
  turkmen: 'tk',
  ukrainian: 'uk',
  urdu: 'ur',
  uzbek: 'uz',
  vietnamese: 'vi',
};

/** "Arabic, English or your own language" → the tags of the languages named, in order. */
export function languageTags(text: string): string[] {
  const tags: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const tag = LANGUAGE_TAGS[word];
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** "WRITE AN APPEAL" → "Write an appeal": shouted headings as sentences. Mixed-case text is left alone. */
export function sentenceCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** "RELEASE JAILED POET NOW" → "Release Jailed Poet Now": shouted titles in title case. Mixed-case text is left alone. */
export function titleCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[\p{L}'’]+/gu, (word, offset: number) =>
      offset > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
}
