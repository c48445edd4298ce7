/**
 * The structure of a document: labelled blocks ("URGENT ACTION TITLE: …", "TARGET'S CONTACT DETAILS"), numbered
 * steps, and the greeting and closing that frame the sample letter. Pure.
 */

export type SectionKey =
  | 'title'
  | 'number'
  | 'issued'
  | 'country'
  | 'letter'
  | 'targets'
  | 'language'
  | 'deadline'
  | 'background'
  | 'person'
  | 'instructions'
  | 'summary';

const SECTION_LABELS: [RegExp, SectionKey][] = [
  [/^URGENT ACTION TITLE$|^TITLE$/, 'title'],
  [/^URGENT ACTION (?:TYPE AND )?NUMBER$|^UA (?:TYPE AND )?NUMBER$/, 'number'],
  [/^(?:PUBLICATION|ISSUE|RELEASE) DATE$/, 'issued'],
  [/^COUNTRY$/, 'country'],
  [/^URGENT ACTION LETTER$|^(?:SAMPLE|MODEL) (?:APPEAL )?LETTER$/, 'letter'],
  [/CONTACT DETAILS$|^CONTACT INFORMATION$|^TARGETS?$/, 'targets'],
  [/^PREFERRED LANGUAGES? TO ADDRESS (?:THE )?TARGETS?$/, 'language'],
  [/DEADLINE|^PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL$/, 'deadline'],
  [/^ADDITIONAL INFORMATION$|^BACKGROUND(?: INFORMATION)?$/, 'background'],
  [/^NAMES?(?: AND (?:GENDER )?PRONOUNS?)?$/, 'person'],
  [/^TAKE ACTION$|^ACTION REQUESTED$|^WHAT TO DO$/, 'instructions'],
  [/^SUMMARY$|^WHAT HAPPENED$/, 'summary'],
];

/** "LABEL: value" with the label in capitals (so that "Fax: …" and "Dear Minister:" are not labels). */
const LABELLED = /^([A-Z][A-Z0-9'’ ,/&()-]*[A-Z)])\s*:\s*(.*)$/;
/** A heading: two or more words in capitals without a comma ("ADDITIONAL INFORMATION", but not "CAIRO, EGYPT"). */
const HEADING = /^(?=.*[A-Z]{2})[A-Z][A-Z0-9'’ /&()-]*[A-Z)]$/;
const NUMBERED = /^\(?\d{1,2}[.)]\s+/;
/** Headings web pages write in mixed case ("Contact Information", "Sample Letter", "Take Action:"). */
const KNOWN_HEADING =
  /^(?:(?:target(?:'s|s)?\s+)?contact(?:s|\s+information|\s+details)?|take\s+action(?:\s+now)?|(?:sample|model)\s+letter|additional\s+information|background(?:\s+information)?|targets?)\s*:?$/i;
const GREETING = /^(?:Dear\s+[^.;:!?]{1,80}?|(?:Your|His|Her)\s+(?:Excellency|Honou?r|Majesty|Highness)|Excellency|Sir|Madam)\s*[,:]?$/i;
const CLOSING =
  /^(?:Yours\s+(?:sincerely|faithfully|truly|respectfully)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|(?:Kind|Best|Warm)\s+regards|Regards|With\s+(?:respect|kind\s+regards))\s*[,.]?$/i;

export const isNumbered = (line: string) => NUMBERED.test(line);
export const isGreeting = (line: string) => GREETING.test(line);
export const isClosing = (line: string) => CLOSING.test(line);
/** "1. Write a letter …" → "Write a letter …". */
export const stripNumber = (line: string) => line.replace(NUMBERED, '');

export interface Section {
  key: SectionKey | undefined;
  label: string;
  /** What follows the label on its own line. */
  value: string;
  /** Index of the label's line. */
  line: number;
  /** Index of the next label's line (or the end). */
  end: number;
}

/** A label line's label and value, or undefined for other lines. */
export function labelOf(line: string): { label: string; value: string } | undefined {
  const labelled = LABELLED.exec(line);
  if (labelled && labelled[1]!.length >= 2 && /[A-Z]{2}/.test(labelled[1]!)) return { label: labelled[1]!, value: labelled[2]! };
  if ((HEADING.test(line) && line.includes(' ')) || KNOWN_HEADING.test(line))
    return { label: line.replace(/:$/, '').toUpperCase(), value: '' };
  return undefined;
}

/** Every labelled section of the document, in order. */
export function findSections(lines: readonly string[]): Section[] {
  const sections: Section[] = [];
  lines.forEach((line, index) => {
    const found = labelOf(line);
    if (!found) return;
    const previous = sections[sections.length - 1];
    if (previous) previous.end = index;
    const key = SECTION_LABELS.find(([pattern]) => pattern.test(found.label.replace(/’/g, "'")))?.[1];
    sections.push({ key, label: found.label, value: found.value.trim(), line: index, end: lines.length });
  });
  return sections;
}

/** True for lines a block of another kind cannot run through: labels, headings, numbered steps, greeting, closing,
 * lead-ins ending with a colon ("And copies to:") and "This Urgent Action expires on …". */
export function isBoundary(line: string): boolean {
  return labelOf(line) !== undefined || isNumbered(line) || isGreeting(line) || isClosing(line) || /:$|\bexpires?\s+on\b/i.test(line);
}
