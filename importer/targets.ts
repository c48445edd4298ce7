/**
 * Targets (the officials to contact) from their blocks: a name, title, organisation and address lines above a run
 * of contact lines. In a document the blocks may follow one another without a blank line: a target's block ends
 * with its last contact line. Pure.
 */
import { addContactLine, contactLabelsIn, emptyContacts, isContactLine, type ContactField, type ContactValues } from './contacts.js';
import { isPersonName } from './names.js';

export interface FoundTarget {
  name: string;
  title?: string;
  organisation?: string;
  address: string[];
  notes: string[];
  contacts: ContactValues;
  /** Index of the block's first line. */
  start: number;
  /** Index after the block's last line. */
  end: number;
}

const TITLE_WORDS =
  /\b(?:President|Minister|Prosecutor|Ambassador|Governor|Judge|Justice|Chief|Director|Head|Chair(?:man|person|woman)?|Secretary|Commissioner|Attorney|General|King|Queen|Emir|Sheikh|Mayor|Speaker|Commander|Warden|Chancellor|Premier|Deputy|Ombudsman|Ombudsperson|Consul|Chargé|Representative)\b/;
const ORGANISATION_WORDS =
  /\b(?:Embassy|Ministry|Office|Department|Court|Prosecution|Government|Council|Commission|Parliament|Presidency|Administration|Service|Police|Agency|Cabinet|Secretariat|Bureau|Directorate|Authority|Mission|Consulate|Prison|Committee|Assembly|Headquarters)\b/;
/** A title printed before the name on one line: "Ambassador Anatoly Antonov", "Minister of Interior Kaspar Lind". */
const TITLE_BEFORE_NAME =
  /^(Ambassador|President|Vice[- ]President|Prime Minister|(?:Deputy\s+)?Minister\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+Affairs|\p{Lu}\p{L}+)|Minister|Prosecutor General|Attorney General|Governor|Judge|Chief Justice|King|Queen|Emir|Sheikh|Mayor)\s+(?=\p{Lu})/u;
/** Forms of address, not part of a name or title. */
const FORM_OF_ADDRESS = /^(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)|H\.\s?E\.)\s*/i;
const NOTE = /\b(?:please|due to|note|only|if you|do not|don't)\b/i;

const isNote = (line: string) => NOTE.test(line) || (/[.!]$/.test(line) && line.split(' ').length >= 6);

/**
 * A whole target block flattened onto one line, as web pages do: "H.E. Name Permanent Mission of … 622 Third Avenue,
 * 34th Floor New York, NY 10017 Phone: … I Fax: … Salutation: Dear Ambassador" → name, organisation, address lines
 * and the contact line. Undefined for any other line.
 */
export function unflattenTarget(line: string): string[] | undefined {
  const contacts = contactLabelsIn(line);
  if (contacts.length < 2 || contacts[0]! === 0) return undefined;
  const header = line.slice(0, contacts[0]).trim().replace(FORM_OF_ADDRESS, '');
  // An address block, not a sentence: few words in lower case, and no full stop before a lower-case word.
  const lowerWords = header.split(' ').filter((word) => /^\p{Ll}/u.test(word)).length;
  if (header.length > 250 || lowerWords > 4 || /\.\s+\p{Ll}/u.test(header)) return undefined;
  const organisationAt = header.search(new RegExp(String.raw`(?:Permanent\s+)?${ORGANISATION_WORDS.source}`));
  if (organisationAt <= 0) return undefined;
  const digitAt = header.slice(organisationAt).search(/\d/);
  const organisationEnd = digitAt < 0 ? header.length : organisationAt + digitAt;
  return [
    header.slice(0, organisationAt).trim(),
    header.slice(organisationAt, organisationEnd).trim(),
    ...(digitAt < 0 ? [] : [header.slice(organisationEnd).trim()]),
    line.slice(contacts[0]).trim(),
  ].filter(Boolean);
}

/** Ends a walk up from contact lines: where a target's block cannot reach. */
export type LineStop = (line: string) => boolean;

/** Name, title, organisation, address and notes from the lines above the contact lines. */
export function parseTargetHeader(header: readonly string[]): Omit<FoundTarget, 'contacts' | 'start' | 'end'> {
  const notes = header.filter(isNote).map((note) => (/[.!?]$/.test(note) ? note : `${note}.`));
  const lines = header.filter((line) => !isNote(line)).map((line) => line.replace(FORM_OF_ADDRESS, ''));
  const [first = '', second] = lines;
  let name = first;
  let title: string | undefined;
  let organisation: string | undefined;
  let rest = lines.slice(1);
  const prefix = TITLE_BEFORE_NAME.exec(first);
  if (prefix && isPersonName(first.slice(prefix[0].length))) {
    [title, name] = [prefix[1], first.slice(prefix[0].length)];
  } else if (second !== undefined && !isPersonName(first) && isPersonName(second) && !ORGANISATION_WORDS.test(first)) {
    [title, name, rest] = [first, second, lines.slice(2)];
  }
  const address: string[] = [];
  for (const line of rest) {
    if (!organisation && ORGANISATION_WORDS.test(line) && !/\d/.test(line)) organisation = line;
    else if (!title && !organisation && TITLE_WORDS.test(line) && !/\d/.test(line)) title = line;
    else address.push(...line.split(/\s*,\s*/).filter(Boolean));
  }
  return { name, title, organisation, address, notes };
}

/** Every target block in `lines`: each run of contact lines with the lines above it, up to a blank or `stop` line. */
export function findTargets(lines: readonly string[], stop: LineStop): FoundTarget[] {
  const targets: FoundTarget[] = [];
  const isContact = (index: number) => Boolean(lines[index]) && isContactLine(lines[index]!);
  for (let i = 0; i < lines.length; i++) {
    if (!isContact(i)) continue;
    const firstContact = i;
    let start = i;
    while (start > 0 && i - start < 8 && lines[start - 1] && !isContact(start - 1) && !stop(lines[start - 1]!)) start--;
    // Contact lines with nothing above them (a "Salutation:" after a blank line) continue the target before.
    const previous = start === firstContact ? targets[targets.length - 1] : undefined;
    const contacts = previous?.contacts ?? emptyContacts();
    let field: ContactField | undefined;
    for (; isContact(i); i++) field = addContactLine(contacts, lines[i]!, field);
    if (previous) previous.end = i;
    else targets.push({ ...parseTargetHeader(lines.slice(start, firstContact)), contacts, start, end: i });
  }
  return targets;
}
