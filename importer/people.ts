/**
 * People and their sentences from the prose ("Muslim Aliyev was sentenced to 19 years in prison, Enver Bekirov to
 * 18 years, Vadim Siruk and Emir-Usein Kuku to 12 years each"), with roles ("human rights defender Emir-Usein
 * Kuku") and other spellings of the same name merged into one person with aliases. Pure.
 */
import type { Person, Sentence } from '../src/case/schema.js';
import { NAMES, sameName, splitNames, trimName } from './names.js';
import { NUMBER_PATTERN, parseNumber } from './words.js';

const DURATION = String.raw`(?:(${NUMBER_PATTERN})(\s+and\s+a\s+half)?[\s-]+years?(?:\s+and\s+(${NUMBER_PATTERN})[\s-]+months?)?|(${NUMBER_PATTERN})[\s-]+months?|(life(?:\s+imprisonment)?|death))`;
/** "A and B were sentenced to 12 years", and in the same sentence the elliptic "C to eight years". */
const SENTENCE_CLAUSE = new RegExp(
  String.raw`(${NAMES})(?:,?\s+who)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:(?:sentenced|jailed|condemned)(?:\s+[\p{L}\d-]+){0,4}?\s+)?to\s+(?:a\s+)?${DURATION}`,
  'gu',
);
const ABOUT_SENTENCES = /sentenc|jailed|prison term|imprisonment/i;

const ROLES: [string, string][] = [
  ['women human rights defenders|woman human rights defender', 'Woman human rights defender'],
  ['human rights defenders?', 'Human rights defender'],
  ['land rights defenders?', 'Land rights defender'],
  ['prisoners? of conscience', 'Prisoner of conscience'],
  ['co-defendants?', 'Co-defendant'],
  ['journalists?', 'Journalist'],
  ['lawyers?', 'Lawyer'],
  ['activists?', 'Activist'],
  ['students?', 'Student'],
  ['bloggers?', 'Blogger'],
  ['poets?', 'Poet'],
  ['writers?', 'Writer'],
  ['trade unionists?', 'Trade unionist'],
  ['protesters?', 'Protester'],
  ['artists?', 'Artist'],
  ['academics?', 'Academic'],
  ['doctors?', 'Doctor'],
  ['teachers?', 'Teacher'],
];
// Not the "i" flag: names must start with a capital. The role's own first letter may be either case.
const anyCaseStart = (words: string) => words.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);
const ROLE_BEFORE_NAMES = ROLES.map(
  ([words, role]) => [new RegExp(String.raw`\b(?:${anyCaseStart(words)})\s+(${NAMES})`, 'gu'), role] as const,
);

export interface Mention {
  name: string;
  role?: string;
  sentence?: Sentence;
  pronouns?: string;
}

function sentenceOf(match: RegExpExecArray, offset: number): Sentence | undefined {
  const [years, half, months, monthsOnly, words] = match.slice(offset, offset + 5);
  if (words) return { text: words === 'death' ? 'death sentence' : 'life imprisonment' };
  const total = (years ? parseNumber(years)! * 12 + (half ? 6 : 0) : 0) + parseNumber(months ?? monthsOnly ?? '0')!;
  const sentence: Sentence = {};
  if (total >= 12) sentence.years = Math.floor(total / 12);
  if (total % 12) sentence.months = total % 12;
  return total > 0 ? sentence : undefined;
}

/** Who was sentenced to what, in the order the prose says it. */
export function sentenceMentions(prose: string): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of prose.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u)) {
    if (!ABOUT_SENTENCES.test(sentence)) continue;
    for (const match of sentence.matchAll(SENTENCE_CLAUSE)) {
      const sentenceTerm = sentenceOf(match, 2);
      for (const name of splitNames(match[1]!)) {
        const trimmed = trimName(name);
        if (trimmed) mentions.push(sentenceTerm ? { name: trimmed, sentence: sentenceTerm } : { name: trimmed });
      }
    }
  }
  return mentions;
}

/** People named right after a role ("human rights defender Emir-Usein Kuku", "co-defendants A, B and C"). */
export function roleMentions(prose: string): Mention[] {
  const found: (Mention & { at: number })[] = [];
  for (const [pattern, role] of ROLE_BEFORE_NAMES) {
    for (const match of prose.matchAll(pattern)) {
      for (const name of splitNames(match[1]!)) {
        const trimmed = trimName(name);
        if (trimmed) found.push({ name: trimmed, role, at: match.index! });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ name, role }) => ({ name, role }));
}

/** "Ahmed Hassan (he/him); Sara Ali (she/her)" or "Ahmed Hassan and Sara Ali": people a label names. */
export function labelledMentions(value: string): Mention[] {
  const withPronouns = [...value.matchAll(/([^;,()]+?)\s*\(([^)]*\/[^)]*)\)/g)];
  const named = withPronouns.length
    ? withPronouns.map((m) => ({ name: m[1]!.replace(/^\s*and\s+/, '').trim(), pronouns: m[2]!.trim() }))
    : splitNames(value).map((name) => ({ name: name.trim() }));
  return named.filter((m) => /\p{Lu}/u.test(m.name));
}

const occurrences = (text: string, name: string) => text.split(name).length - 1;

/**
 * One person per name, in the order the document first names them. Spellings of one name (by transliteration) are
 * merged: the spelling the document uses most is the name, the others are aliases. The first role, sentence and
 * pronouns given for anyone of those spellings are the person's.
 */
export function mergePeople(mentions: readonly Mention[], text: string): Person[] {
  const groups: Mention[][] = [];
  for (const mention of mentions) {
    const group = groups.find((g) => sameName(g[0]!.name, mention.name));
    if (group) group.push(mention);
    else groups.push([mention]);
  }
  const position = (name: string) => (text.includes(name) ? text.indexOf(name) : Infinity);
  const firstSeen = (group: Mention[]) => Math.min(...group.map((m) => position(m.name)));
  return groups
    .sort((a, b) => firstSeen(a) - firstSeen(b))
    .map((group) => {
      const spellings = [...new Set(group.map((m) => m.name))];
      const byUse = [...spellings].sort((a, b) => occurrences(text, b) - occurrences(text, a) || position(a) - position(b));
      const [name, ...aliases] = byUse as [string, ...string[]];
      const person: Person = { name };
      if (aliases.length) person.aliases = aliases;
      const pronouns = group.find((m) => m.pronouns)?.pronouns;
      if (pronouns) person.pronouns = pronouns;
      const role = group.find((m) => m.role)?.role;
      if (role) person.role = role;
      const sentence = group.find((m) => m.sentence)?.sentence;
      if (sentence) person.sentence = sentence;
      return person;
    });
}
