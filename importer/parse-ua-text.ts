/**
 * An Urgent Action document as plain text (pasted from a web page, or exported from Word or PDF) → a case object
 * and the warnings a case author must read: what was left out, what was guessed, what is missing. Never throws:
 * a truncated document gives what it holds. Not imported by the element; the CLI and the builder page use it.
 */
import { ACTION_TYPES, type ActionType, type Target, type UrgentActionCase } from '../src/case/schema.js';
import { parseCase } from '../src/case/parse.js';
import { HIDDEN_EMAIL, isContactLine } from './contacts.js';
import { asksNoFurtherAction, countryFromIndexLine, deadlineIn, issuedIn, parseTitleLine, parseUaNumber } from './heading.js';
import { findLetter, type FoundLetter } from './letter.js';
import { labelledMentions, mergePeople, roleMentions, sentenceMentions } from './people.js';
import { findSections, isBoundary, isNumbered, labelOf, stripNumber, type Section, type SectionKey } from './sections.js';
import { findTargets, type FoundTarget } from './targets.js';
import { cleanLines, joinLines, paragraphsBetween } from './text.js';
import { languageTags, parseDate, sentenceCase, titleCase } from './words.js';

export interface ImportResult {
  /** The case as far as the document tells it; valid when `missing` is empty and `valid` is true. */
  case: Partial<UrgentActionCase>;
  /** For the author, one sentence each. */
  warnings: string[];
  /** Required fields the document did not give. */
  missing: string[];
  valid: boolean;
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

/** Imports an Urgent Action document. Never throws. */
export function importUrgentAction(text: string): ImportResult {
  const warnings: string[] = [];
  const lines = cleanLines(text, isContactLine);
  const whole = lines.join('\n');
  const sections = findSections(lines);
  const section = (key: SectionKey) => sections.find((s) => s.key === key);
  const valueOf = (key: SectionKey) => {
    const found = section(key);
    return found ? sectionValue(lines, found) : undefined;
  };

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
    const candidate = lines.findIndex((line, i) => i > banner && line !== '');
    if (candidate >= 0 && lines[candidate]!.length <= 150 && !/[.,;]$/.test(lines[candidate]!) && !isContactLine(lines[candidate]!)) {
      title = titleCase(lines[candidate]!);
      titleLine = candidate;
      if (banner < 0) warnings.push(`The title was taken from the first line: "${title}".`);
    }
  }
  const country = heading.country ?? valueOf('country') ?? countryFromIndexLine(whole);

  const letterSection = section('letter');
  const letter = findLetter(lines, letterSection ? letterSection.line + 1 : undefined);
  if (letter && !letter.closing) warnings.push('The letter has no closing ("Yours sincerely,"): the document may be cut short.');

  const language = languageTags(valueOf('language') ?? /write[^.\n]*\bin\s+([^.\n]*language)/i.exec(whole)?.[1] ?? '')[0];
  const foundTargets = findTargets(lines, isBoundary);
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

  const steps = lines.filter(isNumbered).map(stripNumber);
  const instructionsValue = section('instructions')?.value;
  const instructions =
    steps.find((step) => /^(?:write|send|call|contact|e-?mail)\b/i.test(step)) ??
    (instructionsValue ? sentenceCase(instructionsValue) : lines.find((line) => /^please write\b/i.test(line)));
  if (/\blet us know\b|\breport (?:the |your )?actions?\b/i.test(whole)) {
    warnings.push('The document asks readers to report their actions: add "report" with your url or endpoint.');
  }

  // Prose is all but the title (its words are not names: "Journalist Released After Appeal") and the targets.
  const prose = lines.filter((_, i) => i !== titleLine && !foundTargets.some((t) => i >= t.start && i < t.end)).join('\n');
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
    issued: parseDate(valueOf('issued') ?? '') ?? issuedIn(whole),
    deadline: closed ? undefined : (parseDate(valueOf('deadline') ?? '') ?? deadlineIn(whole)),
    lang: 'en',
    status: closed ? 'closed' : 'open',
    outcome: closed ? summary[0] : undefined,
    summary: summary.length ? summary : undefined,
    background: background.length ? background : undefined,
    people,
    targets,
    instructions,
    actions: closed ? [] : actionsOf(instructions ?? '', letter, targets),
    letter: letter && (letter.body.length || letter.closing) ? { body: letter.body, closing: letter.closing } : undefined,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  if (data.letter && !letter!.closing) delete (data.letter as Record<string, unknown>).closing;

  const missing = [
    ['ua', ua],
    ['title', title],
    ['country', country],
    ['summary', summary.length],
    // An outcome asks for nothing more: it needs no letter.
    ...(closed
      ? []
      : [
          ['letter.body', letter?.body.length],
          ['letter.closing', letter?.closing],
        ]),
  ]
    .filter(([, value]) => !value)
    .map(([field]) => field as string);
  for (const field of missing) warnings.push(`Missing: ${field} (required; the document does not give it).`);

  const parsed = parseCase(data);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      if (!missing.some((field) => issue.path === field || field.startsWith(`${issue.path}.`))) {
        warnings.push(`${issue.path}: ${issue.message}`);
      }
    }
  }
  // The hidden-address marker never reaches the case, whatever field it was in.
  const json = JSON.stringify(data).replace(HIDDEN_EMAIL, '');
  return { case: JSON.parse(json), warnings, missing, valid: parsed.ok };
}
