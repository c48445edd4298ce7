/**
 * An Urgent Action document as plain text (pasted from a web page, or exported from Word or PDF) → a case object
 * and the warnings a case author must read: what was left out, what was guessed, what is missing. Never throws:
 * a truncated document gives what it holds. Not imported by the element; the CLI and the builder page use it.
 */
import { ACTION_TYPES, type ActionType, type Target, type UrgentActionCase } from '../src/case/schema.js';
import { parseCase } from '../src/case/parse.js';
import { emptyContacts, HIDDEN_EMAIL, isContactLine } from './contacts.js';
import { asksNoFurtherAction, countryFromIndexLine, deadlineIn, issuedIn, parseTitleLine, parseUaNumber } from './heading.js';
import { findLetter, type FoundLetter } from './letter.js';
import { labelledMentions, mergePeople, roleMentions, sentenceMentions } from './people.js';
import { findSections, isBoundary, isNumbered, labelOf, stripNumber, type Section, type SectionKey } from './sections.js';
import { isPersonName } from './names.js';
import { findTargets, parseTargetHeader, unflattenTarget, type FoundTarget } from './targets.js';
import { cleanLines, joinLines, paragraphsBetween } from './text.js';
import { DATE_PATTERN, languageTags, parseDate, sentenceCase, titleCase } from './words.js';

export interface ImportResult {
  /** The case as far as the document tells it; valid when `missing` is empty and `valid` is true. */
  case: Partial<UrgentActionCase>;
  /** For the author, one sentence each. */
  warnings: string[];
  /** Required fields the document did not give. */
  missing: string[];
  valid: boolean;
  /** Set when the document was not read at all (too large, or a line too long): say it instead of the case. */
  error?: string;
}

/** What the importer reads: larger input is refused with a clear message rather than read slowly. */
export const INPUT_LIMITS = { characters: 1_000_000, lineLength: 10_000 } as const;

const count = (n: number) => n.toLocaleString('en-US');

/** Why `text` is not read, or undefined when it is within the limits. */
export function inputProblem(text: string): string | undefined {
  if (text.length > INPUT_LIMITS.characters) {
    return `The document has ${count(text.length)} characters; the importer reads at most ${count(INPUT_LIMITS.characters)} (about 1 MB). Import the Urgent Action's own text, not a whole site or archive.`;
  }
  const lines = text.split(/\r\n?|[\n\f\u2028\u2029\u0085]/);
  const long = lines.findIndex((line) => line.length > INPUT_LIMITS.lineLength);
  if (long >= 0) {
    const line = long + 1;
    const length = lines[long]!.length;
    return `Line ${count(line)} has ${count(length)} characters; the importer reads lines of at most ${count(INPUT_LIMITS.lineLength)}. Is this the text of an Urgent Action? Break the text into its paragraphs and import it again.`;
  }
  return undefined;
}

/** Labels whose text runs to the next label; the others (and unknown labels) hold one line and its continuation. */
const BLOCK_SECTIONS = new Set<SectionKey>(['letter', 'targets', 'background', 'instructions', 'summary']);

function sectionEnd(lines: readonly string[], section: Section): number {
  if (!section.key) return section.line + 1;
  if (BLOCK_SECTIONS.has(section.key)) return section.end;
  let end = section.line + 1;
  while (end < section.end && lines[end]) end++;
  return end;
}

/** A one-line section's value, with wrapped continuation lines (or the next line when the label stands alone). */
function sectionValue(lines: readonly string[], section: Section): string {
  return joinLines([section.value, ...lines.slice(section.line + 1, sectionEnd(lines, section))].filter(Boolean));
}

/** "Dear Chief Military Prosecutor" names a target when the target's title or name has all its words. */
function greets(greeting: string, target: FoundTarget): boolean {
  const words = greeting
    .replace(/^Dear\s+/i, '')
    .toLowerCase()
    .split(/\s+/);
  const known = `${target.title ?? ''} ${target.name}`.toLowerCase().split(/\s+/);
  return words.every((word) => known.includes(word));
}

function targetsOf(found: FoundTarget[], letter: FoundLetter | undefined, language: string | undefined, warnings: string[]): Target[] {
  const named = found.filter((target) => {
    if (target.name) return true;
    warnings.push('Contact lines with no name above them were left out.');
    return false;
  });
  const greeting = letter?.greeting;
  if (greeting) {
    const greeted = named.find((target) => greets(greeting, target));
    const receiver = greeted ?? named[0];
    if (receiver && !receiver.contacts.salutation) receiver.contacts.salutation = greeting;
  }
  return named.map((found) => {
    const { contacts } = found;
    const label = `Target "${found.name}"`;
    for (let i = 0; i < contacts.hiddenEmails; i++) {
      warnings.push(`${label}: an e-mail address the source page hid as "[email protected]" was left out; add it if you know it.`);
    }
    for (const problem of contacts.problems) warnings.push(`${label}: ${problem}; left out.`);
    let salutation = contacts.salutation;
    if (!salutation) {
      salutation = `Dear ${found.title ?? found.name}`;
      warnings.push(`${label}: no salutation in the document; "${salutation}" was used.`);
    }
    const target: Target = { name: found.name, salutation };
    if (found.title) target.title = found.title;
    if (found.organisation) target.organisation = found.organisation;
    if (found.address.length) target.address = found.address;
    if (contacts.fax.length) target.fax = contacts.fax;
    if (contacts.phone.length) target.phone = contacts.phone;
    if (contacts.email.length) target.email = contacts.email;
    if (Object.keys(contacts.social).length) target.social = contacts.social;
    if (language) target.language = language;
    if (found.notes.length) target.notes = found.notes;
    // The schema's key order, so the JSON reads like a hand-written case.
    return Object.fromEntries(
      ['name', 'title', 'organisation', 'address', 'phone', 'fax', 'email', 'social', 'salutation', 'language', 'notes']
        .filter((key) => key in target)
        .map((key) => [key, target[key as keyof Target]]),
    ) as Target;
  });
}

/** Ways to act, from the instructions' words and the contacts the targets have, in the schema's order. */
function actionsOf(instructions: string, letter: FoundLetter | undefined, targets: Target[]): ActionType[] {
  const wanted = new Set<ActionType>();
  if (letter || /\b(?:write|letter)/i.test(instructions)) wanted.add('write');
  if (/\be-?mail/i.test(instructions) || targets.some((t) => t.email)) wanted.add('email');
  if (/\bfax/i.test(instructions) || targets.some((t) => t.fax)) wanted.add('fax');
  if (/\b(?:call|phone|telephone)/i.test(instructions) || targets.some((t) => t.phone)) wanted.add('call');
  if (/\b(?:tweet|social media)/i.test(instructions) || targets.some((t) => t.social)) wanted.add('social');
  return ACTION_TYPES.filter((action) => wanted.has(action));
}

/** What a document's format gives beyond its text (a web page's address and report form). */
export interface DocumentExtras {
  link?: string;
  reportUrl?: string;
}

/**
 * "Write to them in Arabic, English or your own language" → "Arabic, English or your own language": found from each
 * "language" back to its sentence's "write … in", over a bounded stretch, so no line can make the search run long.
 */
function languagesAsked(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const at = line.search(/language/i);
    if (at < 0) continue;
    const stretch = line.slice(Math.max(0, at - 200), at + 'language'.length);
    const sentence = stretch.slice(stretch.lastIndexOf('.') + 1);
    const write = sentence.search(/\bwrite\b/i);
    const asked = write < 0 ? null : /\bin\s+(.*)$/i.exec(sentence.slice(write));
    if (asked) return asked[1];
  }
  return undefined;
}

/** "May 12, 2023", "Friday, 12 May 2023": a line that is nothing but a date. */
const DATE_LINE = new RegExp(String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:${DATE_PATTERN})$`, 'i');

/**
 * "Honduras: Armed attack against …": a title that starts with the country. Only a short, capitalised prefix counts
 * ("Update: …" or a sentence with a colon does not).
 */
function countryPrefix(title: string): { country: string; title: string } | undefined {
  const colon = title.indexOf(':');
  const prefix = title.slice(0, colon).trim();
  const rest = title.slice(colon + 1).trim();
  const words = prefix.split(' ');
  if (colon <= 0 || !rest || words.length > 4 || /\d/.test(prefix) || /^(?:update|outcome|urgent|ua|further)\b/i.test(prefix))
    return undefined;
  return words.every((word) => /^(?:\p{Lu}|of$|the$|and$)/u.test(word)) ? { country: prefix, title: rest } : undefined;
}

/**
 * A document that is only a sample letter: the address block above the greeting (name, office, street, city) is its
 * target, and the greeting's title ("Dear Military Prosecutor") names the target's title when the block gives none.
 */
function addresseeOf(lines: readonly string[], letter: FoundLetter | undefined): FoundTarget | undefined {
  if (!letter?.greeting || letter.start === 0) return undefined;
  let end = letter.start;
  while (end > 0 && lines[end - 1] === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1] && end - start < 8 && !isBoundary(lines[start - 1]!)) start--;
  if (end - start < 2) return undefined;
  const header = parseTargetHeader(lines.slice(start, end));
  if (!header.name || !isPersonName(header.name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, ''))) return undefined;
  const greeted = letter.greeting.replace(/^Dear\s+/i, '');
  const contacts = emptyContacts();
  contacts.salutation = letter.greeting;
  return { ...header, title: header.title ?? (greeted !== header.name ? greeted : undefined), contacts, start, end };
}

/** Imports an Urgent Action document (its text, and what its format gave besides). Never throws. */
export function importUrgentAction(text: string, extras: DocumentExtras = {}): ImportResult {
  const error = inputProblem(text);
  if (error) return { case: {}, warnings: [error], missing: [], valid: false, error };
  const warnings: string[] = [];
  const lines = cleanLines(text, isContactLine).flatMap((line) => unflattenTarget(line) ?? [line]);
  // Web pages often open with a date: the date of issue, never a title.
  const dateLine = lines.findIndex((line) => line !== '');
  const leadingDate = dateLine >= 0 && DATE_LINE.test(lines[dateLine]!) ? parseDate(lines[dateLine]!) : undefined;
  const whole = lines.join('\n');
  const sections = findSections(lines);
  const section = (key: SectionKey) => sections.find((s) => s.key === key);
  const valueOf = (key: SectionKey) => {
    const found = section(key);
    return found ? sectionValue(lines, found) : undefined;
  };

  const letterSection = section('letter');
  const letter = findLetter(lines, letterSection ? letterSection.line + 1 : undefined);
  if (letter && !letter.closing) warnings.push('The letter has no closing ("Yours sincerely,"): the document may be cut short.');

  const language = languageTags(valueOf('language') ?? languagesAsked(lines) ?? '')[0];
  const listed = findTargets(lines, isBoundary);
  const addressee = listed.length ? undefined : addresseeOf(lines, letter);
  const foundTargets = addressee ? [addressee] : listed;

  // Number, kind, title and country: the reference's title line, else the labels, else the footer.
  const heading = parseTitleLine(lines);
  const numbered = parseUaNumber(valueOf('number') ?? '');
  const anywhere = parseUaNumber(whole);
  const ua = heading.ua ?? numbered.ua ?? anywhere.ua;
  const closed = asksNoFurtherAction(whole);
  const kind = closed || heading.kind === 'outcome' ? 'outcome' : (heading.kind ?? numbered.kind ?? anywhere.kind ?? 'new');
  let title = heading.title ?? (valueOf('title') ? titleCase(valueOf('title')!) : undefined);
  let titleLine = heading.titleLine ?? section('title')?.line;
  if (!title) {
    // "URGENT ACTION" over a title in capitals; else the first line, if it reads as a title.
    const banner = lines.findIndex((line) => /^URGENT ACTION$/i.test(line));
    const candidate = lines.findIndex(
      (line, i) => i > banner && line !== '' && !DATE_LINE.test(line) && !(addressee && i >= addressee.start && i < addressee.end),
    );
    if (candidate >= 0 && lines[candidate]!.length <= 150 && !/[.,;]$/.test(lines[candidate]!) && !isContactLine(lines[candidate]!)) {
      title = titleCase(lines[candidate]!);
      titleLine = candidate;
      if (banner < 0) warnings.push(`The title was taken from the first line: "${title}".`);
    }
  }
  let country = heading.country ?? valueOf('country') ?? countryFromIndexLine(whole);
  const prefixed = !country && title ? countryPrefix(title) : undefined;
  if (prefixed) ({ country, title } = prefixed);

  if (closed && foundTargets.length) warnings.push('The document asks for no further action: its contacts were left out.');
  const targets = closed ? [] : targetsOf(foundTargets, letter, language, warnings);

  // Lines that belong to something else: labels with their values, targets, the letter.
  const claimed = new Set<number>();
  const claim = (from: number, to: number) => {
    for (let i = from; i < to; i++) claimed.add(i);
  };
  for (const s of sections) claim(s.line, sectionEnd(lines, s));
  for (const target of foundTargets) claim(target.start, target.end);
  if (letter) claim(letter.start, letter.end);
  if (titleLine !== undefined) claim(titleLine, titleLine + 1);

  // The summary: its label's text, else the prose after the title and before the first step, target or letter.
  const firstStep = lines.findIndex(
    (line, i) => i > (titleLine ?? -1) && (isNumbered(line) || (claimed.has(i) && !labelOf(line) && i !== titleLine)),
  );
  const summarySection = section('summary');
  const unclaimed = lines.map((line, i) => (claimed.has(i) ? '' : line));
  let summary = summarySection
    ? paragraphsBetween(lines, summarySection.line + 1, summarySection.end)
    : paragraphsBetween(unclaimed, (titleLine ?? -1) + 1, firstStep < 0 ? lines.length : firstStep).filter(
        (paragraph) => paragraph.split(' ').length >= 8,
      );
  if (summarySection?.value) summary.unshift(summarySection.value);
  const backgroundSection = section('background');
  const background = backgroundSection ? paragraphsBetween(lines, backgroundSection.line + 1, backgroundSection.end) : [];
  if (!summary.length && background.length) {
    summary = background.slice(0, 1);
    warnings.push('No summary before the appeal: the first paragraph of the background was used.');
  }

  // A numbered step with the lines it wrapped onto (PDF text): they go on in lower case.
  const steps = lines.flatMap((line, i) => {
    if (!isNumbered(line)) return [];
    let end = i + 1;
    while (end < lines.length && /^\p{Ll}/u.test(lines[end]!)) end++;
    return [stripNumber(joinLines(lines.slice(i, end)))];
  });
  const instructionsValue = section('instructions')?.value;
  const instructions =
    steps.find((step) => /^(?:write|send|call|contact|e-?mail)\b/i.test(step)) ??
    (instructionsValue ? sentenceCase(instructionsValue) : lines.find((line) => /^please write\b/i.test(line)));
  if (!extras.reportUrl && /\blet us know\b|\breport (?:the |your )?actions?\b/i.test(whole)) {
    warnings.push('The document asks readers to report their actions: add "report" with your url or endpoint.');
  }

  // Prose is all but the title (its words are not names: "Journalist Released After Appeal") and the targets.
  const inTarget = new Set(foundTargets.flatMap((t) => Array.from({ length: t.end - t.start }, (_, i) => t.start + i)));
  const prose = lines.filter((_, i) => i !== titleLine && !inTarget.has(i)).join('\n');
  const people = mergePeople(
    [
      ...sections.filter((s) => s.key === 'person').flatMap((s) => labelledMentions(sectionValue(lines, s))),
      ...roleMentions(prose.replace(/\n/g, ' ')),
      ...sentenceMentions(prose.replace(/\n/g, ' ')),
    ],
    prose.replace(/\n/g, ' '),
  );
  if (!people.length) warnings.push('No people found: add them to "people" by hand if the case is about someone.');

  const data: Record<string, unknown> = {
    version: 1,
    id: ua
      ? `ua-${ua.replace(/[./]/g, '-')}`
      : title
        ? `ua-${title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')
            .slice(0, 60)}`
        : undefined,
    ua,
    kind,
    title,
    country,
    issued: parseDate(valueOf('issued') ?? '') ?? issuedIn(whole) ?? leadingDate,
    deadline: closed ? undefined : (parseDate(valueOf('deadline') ?? '') ?? deadlineIn(whole)),
    lang: 'en',
    link: extras.link,
    status: closed ? 'closed' : 'open',
    outcome: closed ? summary[0] : undefined,
    summary: summary.length ? summary : undefined,
    background: background.length ? background : undefined,
    people,
    targets,
    instructions,
    actions: closed ? [] : actionsOf(instructions ?? '', letter, targets),
    letter: letter && (letter.body.length || letter.closing) ? { body: letter.body, closing: letter.closing } : undefined,
    report: extras.reportUrl && !closed ? { url: extras.reportUrl } : undefined,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  if (data.letter && !letter!.closing) delete (data.letter as Record<string, unknown>).closing;

  return checkCase(data, warnings);
}

/**
 * The required fields `data` lacks (each with a warning), the schema's other problems as warnings, and the case
 * without any hidden-address marker: the end of every import.
 */
export function checkCase(data: Record<string, unknown>, warnings: string[]): ImportResult {
  const letter = data.letter as { body?: unknown[]; closing?: string } | undefined;
  const missing = [
    ['ua', data.ua],
    ['title', data.title],
    ['country', data.country],
    ['summary', (data.summary as unknown[] | undefined)?.length],
    // An outcome asks for nothing more: it needs no letter.
    ...(data.status === 'closed'
      ? []
      : [
          ['letter.body', letter?.body?.length],
          ['letter.closing', letter?.closing],
        ]),
  ]
    .filter(([, value]) => !value)
    .map(([field]) => field as string);
  for (const field of missing) warnings.push(`Missing: ${field} (required; the document does not give it).`);

  const parsed = parseCase(data);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      // The id is made from the UA number: without one, "Missing: ua" says it all.
      const said = missing.some((field) => issue.path === field || field.startsWith(`${issue.path}.`));
      if (!said && !(issue.path === 'id' && missing.includes('ua'))) {
        warnings.push(`${issue.path}: ${issue.message}`);
      }
    }
  }
  // The hidden-address marker never reaches the case, whatever field it was in.
  const json = JSON.stringify(data).replace(HIDDEN_EMAIL, '');
  return { case: JSON.parse(json), warnings, missing, valid: parsed.ok };
}
