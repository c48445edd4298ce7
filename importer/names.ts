/** Patterns for people's names as Urgent Actions print them ("Emir-Usein Kuku", "Abdel Fattah al-Sisi"). Pure. */

const PARTICLE = String.raw`(?:al|el|bin|ibn|bint|abu|de|da|di|du|van|von|der|den|dos|das|la|le)`;
/** One word of a name: capitalised, possibly hyphenated, or a lowercase particle ("al-Sisi", "bin", "van"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|${PARTICLE}(?:-\p{Lu}[\p{L}'’]*)?)`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`;
/** Two to six name words; it starts with a capitalised word and ends with one ("Abdel Fattah al-Sisi" too). */
export const NAME = String.raw`${CAPITALISED}(?:\s+${NAME_WORD}){0,4}\s+(?:${CAPITALISED}|(?:al|el)-\p{Lu}[\p{L}'’]*)`;
/** Names in a list: "A, B and C". */
export const NAMES = String.raw`${NAME}(?:(?:,\s*|,?\s+and\s+)${NAME})*`;

/** At most this many words are read as a list of names ("A, B, C and D"): no list in an appeal is longer. */
const MAX_LIST_WORDS = 40;

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
  if (words.length > 8) return undefined;
  while (words.length && NOT_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
  const name = words.join(' ');
  return words.length >= 2 && !INSTITUTION_WORDS.test(name) && WHOLE_NAME.test(name) ? name : undefined;
}

/** True when a whole line reads as a person's name ("Valeriy Georgievich Petrov", "Mr Ahmed Hassan"). */
export function isPersonName(line: string): boolean {
  return WHOLE_NAME.test(line) && !INSTITUTION_WORDS.test(line) && !/\d/.test(line);
}

const WORD_OF_NAME = new RegExp(`^${NAME_WORD}$`, 'u');
const CONNECTOR = 'and';
/** Characters a word of prose may end with that are not part of it ("Aliyev," "Kuku." "Kuku’s"). */
const TRAILING = /[^\p{L}\p{N}-]/u;

/** A word of prose and what it ends with (",", ".", or ""). */
export interface Word {
  word: string;
  end: string;
  /** Offset of the word in the text. */
  at: number;
}

/** The words of `text`, each with its trailing punctuation split off ("Aliyev," → "Aliyev" and ","). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    let cut = raw.length;
    while (cut > 0 && TRAILING.test(raw[cut - 1]!)) cut--;
    let word = raw.slice(0, cut);
    if (/['’]s$/.test(word)) word = word.slice(0, -2);
    words.push({ word, end: raw.slice(cut), at: match.index });
  }
  return words;
}

/** "A B, C and D" from name words in the order given; a list ends on a word that ends otherwise than with a comma. */
function listOf(words: readonly Word[]): string {
  const parts = words.map(({ word, end }, i) => (end === ',' && i < words.length - 1 ? `${word},` : word));
  while (parts.length && !/^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(parts[parts.length - 1]!)) parts.pop();
  while (parts.length && !/^\p{Lu}/u.test(parts[0]!)) parts.shift();
  return parts.join(' ');
}

const fitsList = (word: Word) => word.word === CONNECTOR || WORD_OF_NAME.test(word.word);

/** The names listed from `words[from]` on ("Emir-Usein Kuku and his …" → "Emir-Usein Kuku"), as one string. */
export function namesFrom(words: readonly Word[], from: number): string {
  const taken: Word[] = [];
  for (let i = from; i < words.length && taken.length < MAX_LIST_WORDS && fitsList(words[i]!); i++) {
    taken.push(words[i]!);
    if (words[i]!.end && words[i]!.end !== ',') break;
  }
  return listOf(taken);
}

/**
 * The names listed right before `words[to]` (and including it), read backwards ("… in prison, Enver Bekirov" →
 * "Enver Bekirov"). `lastEnd` is what the last name may end with ("" before "to", "," before ", who").
 */
export function namesUpTo(words: readonly Word[], to: number, lastEnd = ''): string {
  const taken: Word[] = [];
  for (let i = to; i >= 0 && taken.length < MAX_LIST_WORDS && fitsList(words[i]!); i--) {
    const allowed = i === to ? words[i]!.end === lastEnd : words[i]!.end === '' || words[i]!.end === ',';
    if (!allowed) break;
    taken.unshift(words[i]!);
  }
  return listOf(taken);
}

/** Splits "A, B and C" into names. */
export function splitNames(list: string): string[] {
  return list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
}

/** A spelling key under which transliterations of one name meet ("Aliyev" and "Aliev", "Dzhepparov" and "Djepparov"). */
export function spellingKey(word: string): string {
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
