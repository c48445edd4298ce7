/** Patterns for people's names as Urgent Actions print them ("Emir-Usein Kuku", "Abdel Fattah al-Sisi"). Pure. */

const PARTICLE = String.raw`(?:al|el|bin|ibn|bint|abu|de|da|di|du|van|von|der|den|dos|das|la|le)`;
/** One word of a name: capitalised, possibly hyphenated, or a lowercase particle ("al-Sisi", "bin", "van"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|${PARTICLE}(?:-\p{Lu}[\p{L}'’]*)?)`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`;
/** Two to six name words; it starts with a capitalised word and ends with one ("Abdel Fattah al-Sisi" too). */
export const NAME = String.raw`${CAPITALISED}(?:\s+${NAME_WORD}){0,4}\s+(?:${CAPITALISED}|(?:al|el)-\p{Lu}[\p{L}'’]*)`;
/** Names in a list: "A, B and C". */
export const NAMES = String.raw`${NAME}(?:(?:,\s*|,?\s+and\s+)${NAME})*`;

const HONORIFIC = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?`;
const WHOLE_NAME = new RegExp(`^${HONORIFIC}${NAME}$`, 'u');

/** Words that are capitalised in prose but never part of a name: a "name" starting with them is trimmed. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an in on at by for from after before during since until and but or of to with this that these those ' +
    'his her their they he she we it its our today yesterday both all former jailed detained imprisoned ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december dear please urgent action amnesty international'
  ).split(' '),
);
/** Words that show a capitalised phrase is a place or an institution, not a person. */
export const INSTITUTION_WORDS =
  /\b(?:Court|Ministry|Minister|Office|Prosecutor|Embassy|Federation|Republic|Kingdom|State|States|Service|Police|Government|Council|Commission|Parliament|Prison|Committee|International|Union|Nations|University|Party|Army|Forces|Security|Street|Avenue|Road|Square)\b/;

/** "On Monday Muslim Aliyev" → "Muslim Aliyev"; undefined when what remains is not a name of two words or more. */
export function trimName(candidate: string): string | undefined {
  const words = candidate
    .trim()
    .replace(/['’]s$/, '')
    .split(/\s+/);
  while (words.length && NOT_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
  const name = words.join(' ');
  return words.length >= 2 && !INSTITUTION_WORDS.test(name) && WHOLE_NAME.test(name) ? name : undefined;
}

/** True when a whole line reads as a person's name ("Valeriy Georgievich Petrov", "Mr Ahmed Hassan"). */
export function isPersonName(line: string): boolean {
  return WHOLE_NAME.test(line) && !INSTITUTION_WORDS.test(line) && !/\d/.test(line);
}

/** Splits "A, B and C" into names. */
export function splitNames(list: string): string[] {
  return list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
}

/** A spelling key under which transliterations of one name meet ("Aliyev" and "Aliev", "Dzhepparov" and "Djepparov"). */
function spellingKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/dzh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/iy|yi|y/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/ou/g, 'u')
    .replace(/(.)\1/g, '$1');
}

/** True when two names are spellings of the same name: word by word, the same up to transliteration. */
export function sameName(a: string, b: string): boolean {
  const wordsA = a.split(/\s+/);
  const wordsB = b.split(/\s+/);
  return wordsA.length === wordsB.length && wordsA.every((word, i) => spellingKey(word) === spellingKey(wordsB[i]!));
}
