/**
 * People and their sentences from the prose ("Muslim Aliyev was sentenced to 19 years in prison, Enver Bekirov to
 * 18 years, Vadim Siruk and Emir-Usein Kuku to 12 years each"), with roles ("human rights defender Emir-Usein
 * Kuku") and other spellings of the same name merged into one person with aliases. Pure.
 */
import type { Person, Sentence } from '../src/case/schema.js';
import { namesFrom, namesUpTo, spellingKey, splitNames, trimName, wordsOf, type Word } from './names.js';
import { NUMBER_PATTERN, parseNumber } from './words.js';

const DURATION = String.raw`(?:(${NUMBER_PATTERN})(\s+and\s+a\s+half)?[\s-]+years?(?:\s+and\s+(${NUMBER_PATTERN})[\s-]+months?)?|(${NUMBER_PATTERN})[\s-]+months?|(life(?:\s+imprisonment)?|death))`;
/** "to 12 years", "to a year and six months", "to life imprisonment", read where a word "to" starts. */
const TO_DURATION = new RegExp(String.raw`to\s+(?:a\s+)?${DURATION}`, 'uy');
const SENTENCING_VERB = /^(?:sentenced|jailed|condemned)$/;
const BEING = /^(?:was|were|is|are)$/;
const ABOUT_SENTENCES = /sentenc|jailed|prison term|imprisonment/i;

const ROLES: [string, string][] = [
  ['women human rights defenders|woman human rights defender', 'Woman human rights defender'],
  ['human rights defenders?', 'Human rights defender'],
  ['land rights defenders?', 'Land rights defender'],
  ['land defenders?', 'Land defender'],
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
  ([words, role]) => [new RegExp(String.raw`\b(?:${anyCaseStart(words)})\s+(?=\p{Lu})`, 'gu'), role] as const,
);
/** Enough text after a role for the longest list of names. */
const NAMES_REACH = 600;

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

/**
 * The names a sentence clause gives before "to" at `words[to]`: "A and B were sentenced to", "C, who was jailed for
 * a year to", and the elliptic "…, D to". Read backwards word by word, so no pattern can search the prose again.
 */
function sentencedBefore(words: readonly Word[], to: number): string {
  let i = to - 1;
  // "sentenced on appeal by the court to …": the verb up to four words before "to".
  for (let verb = i; verb >= Math.max(0, to - 5) && !words[verb]!.end; verb--) {
    if (SENTENCING_VERB.test(words[verb]!.word)) {
      i = verb - 1;
      break;
    }
  }
  if (i >= 0 && !words[i]!.end && BEING.test(words[i]!.word)) i--;
  else if (i >= 1 && words[i]!.word === 'been' && /^ha[sdv]e?$/.test(words[i - 1]!.word)) i -= 2;
  const who = i >= 0 && words[i]!.word === 'who' && !words[i]!.end;
  return i - (who ? 1 : 0) >= 0 ? namesUpTo(words, who ? i - 1 : i, who ? ',' : '') : '';
}

/** Who was sentenced to what, in the order the prose says it. */
export function sentenceMentions(prose: string): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of prose.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u)) {
    if (!ABOUT_SENTENCES.test(sentence)) continue;
    const words = wordsOf(sentence);
    words.forEach((word, to) => {
      if (word.word !== 'to' || word.end) return;
      TO_DURATION.lastIndex = word.at;
      const match = TO_DURATION.exec(sentence);
      if (!match) return;
      const sentenceTerm = sentenceOf(match, 1);
      for (const name of splitNames(sentencedBefore(words, to))) {
        const trimmed = trimName(name);
        if (trimmed) mentions.push(sentenceTerm ? { name: trimmed, sentence: sentenceTerm } : { name: trimmed });
      }
    });
  }
  return mentions;
}

/** People named right after a role ("human rights defender Emir-Usein Kuku", "co-defendants A, B and C"). */
export function roleMentions(prose: string): Mention[] {
  const found: (Mention & { at: number })[] = [];
  for (const [pattern, role] of ROLE_BEFORE_NAMES) {
    for (const match of prose.matchAll(pattern)) {
      const after = match.index + match[0].length;
      for (const name of splitNames(namesFrom(wordsOf(prose.slice(after, after + NAMES_REACH)), 0))) {
        const trimmed = trimName(name);
        if (trimmed) found.push({ name: trimmed, role, at: match.index });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ name, role }) => ({ name, role }));
}

/** "Ahmed Hassan (he/him); Sara Ali (she/her)" or "Ahmed Hassan and Sara Ali": people a label names. */
export function labelledMentions(value: string): Mention[] {
  const withPronouns = value.split(/[;,]/).flatMap((piece) => {
    const open = piece.indexOf('(');
    const close = piece.indexOf(')', open);
    const pronouns = open >= 0 && close > open ? piece.slice(open + 1, close).trim() : '';
    const name = piece
      .slice(0, Math.max(open, 0))
      .replace(/^\s*and\s+/, '')
      .trim();
    return pronouns.includes('/') && name ? [{ name, pronouns }] : [];
  });
  const named = withPronouns.length ? withPronouns : splitNames(value).map((name) => ({ name: name.trim() }));
  return named.filter((m) => /\p{Lu}/u.test(m.name));
}

/**
 * Where each name first appears in `text` and how often, for the names asked about: found through an index of the
 * text's word pairs, so each name costs about the number of times its first two words occur.
 */
function nameUse(text: string): (name: string) => { first: number; count: number } {
  const words = wordsOf(text);
  const byPair = new Map<string, number[]>();
  words.forEach((word, i) => {
    const pair = `${word.word} ${words[i + 1]?.word}`;
    const list = byPair.get(pair);
    if (list) list.push(i);
    else byPair.set(pair, [i]);
  });
  const known = new Map<string, { first: number; count: number }>();
  return (name) => {
    const parts = name.split(/\s+/);
    let use = known.get(name);
    if (use) return use;
    use = { first: Infinity, count: 0 };
    for (const start of byPair.get(`${parts[0]} ${parts[1]}`) ?? []) {
      // Inside the name, each word ends with nothing; the last may end with anything ("Kuku." "Kuku’s").
      if (parts.every((part, j) => words[start + j]?.word === part && (j === parts.length - 1 || !words[start + j]!.end))) {
        use.first = Math.min(use.first, words[start]!.at);
        use.count++;
      }
    }
    known.set(name, use);
    return use;
  };
}

/**
 * One person per name, in the order the document first names them. Spellings of one name (by transliteration) are
 * merged: the spelling the document uses most is the name, the others are aliases. The first role, sentence and
 * pronouns given for anyone of those spellings are the person's.
 */
export function mergePeople(mentions: readonly Mention[], text: string): Person[] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = mention.name.split(/\s+/).map(spellingKey).join(' ');
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  const use = nameUse(text);
  const firstSeen = new Map([...groups.values()].map((group) => [group, Math.min(...group.map((m) => use(m.name).first))]));
  return [...groups.values()]
    .sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!)
    .map((group) => {
      const spellings = [...new Set(group.map((m) => m.name))];
      const byUse = [...spellings].sort((a, b) => use(b).count - use(a).count || use(a).first - use(b).first);
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
