/** What the document says about itself: UA number, kind, title, country and dates. Pure. */
import type { UrgentActionCase } from '../src/case/schema.js';
import { DATE_PATTERN, parseDate, titleCase } from './words.js';

type Kind = UrgentActionCase['kind'];

/** "Urgent Action Update: " before a title: the document's kind. */
const TITLE_PREFIX = /^(?:Urgent Action|UA)(?:\s+(Update|Outcome|Follow[- ]?up))?\s*[:–—-]\s*/i;
/** "Russian Federation: UA 126.19", inside the brackets that end a title line. */
const TITLE_SUFFIX = /^([^():]+):\s*(?:UA|Urgent Action)\s*(?::\s*)?(\d{1,4}(?:[./]\d{2,4})?)$/i;
/** "THIRD UA 60/16", "Further information on UA: 60/16", "Urgent Action 126.19". */
const UA_NUMBER =
  /\b(?:(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|FURTHER INFORMATION ON|FOLLOW[- ]?UP(?: TO)?|UPDATE(?: ON)?)\s+)?(?:UA|Urgent Action)\s*(?::\s*)?(\d{1,4}[./]\d{2,4})\b/i;
/** "Index: MDE 12/4410/2016 Egypt Date: 19 July 2016": the country sits between the index and the date. */
const INDEX_LINE = /Index:\s*[A-Z]{2,4}\s*\d{2}\/\d{3,5}\/\d{4}\s+([^\n]{1,80}?)\s+(?:Issue\s+)?Date\b/i;
// Not any "no further action": "the police took no further action" can be part of an open case.
const NO_FURTHER_ACTION =
  /\brequires?\s+no\s+further\s+action\b|\bno\s+further\s+action\s+is\s+(?:requested|required|needed)\b|^No\s+further\s+action\b/im;

export interface Heading {
  ua?: string;
  kind?: Kind;
  title?: string;
  country?: string;
  /** Index of the line the title came from. */
  titleLine?: number;
}

const kindFromWord = (word: string | undefined): Kind | undefined =>
  word === undefined ? undefined : /^first$/i.test(word) ? 'new' : /^outcome$/i.test(word) ? 'outcome' : 'update';

/**
 * "Urgent Action Update: Conviction … Quashed (Russian Federation: UA 126.19)": read from the brackets at its end
 * back, so that no pattern runs over the whole line.
 */
function readTitleLine(line: string): Omit<Heading, 'titleLine'> | undefined {
  if (!line.endsWith(')')) return undefined;
  const open = line.lastIndexOf('(');
  const suffix = open > 0 ? TITLE_SUFFIX.exec(line.slice(open + 1, -1).trim()) : null;
  if (!suffix) return undefined;
  const prefix = TITLE_PREFIX.exec(line);
  const title = line.slice(prefix?.[0].length ?? 0, open).trim();
  if (!title) return undefined;
  const kind = kindFromWord(prefix?.[1]) ?? (/^(?:Urgent Action|UA)\b/i.test(line) ? 'new' : undefined);
  return { ua: suffix[2], kind, title: titleCase(title), country: suffix[1]!.trim() };
}

/** Title, country, number and kind from a title line like the reference document's. */
export function parseTitleLine(lines: readonly string[]): Heading {
  for (const [index, line] of lines.slice(0, 15).entries()) {
    const heading = readTitleLine(line);
    if (heading) return { ...heading, titleLine: index };
  }
  return {};
}

/** "THIRD UA 60/16" → number and kind (the first UA is new, later ones are updates). */
export function parseUaNumber(text: string): Pick<Heading, 'ua' | 'kind'> {
  const found = UA_NUMBER.exec(text);
  return found ? { ua: found[2], kind: kindFromWord(found[1]) } : {};
}

export function countryFromIndexLine(text: string): string | undefined {
  return INDEX_LINE.exec(text)?.[1]?.trim();
}

/** True for an outcome that asks for nothing more ("… require no further action"). */
export function asksNoFurtherAction(text: string): boolean {
  return NO_FURTHER_ACTION.test(text);
}

/** The appeal deadline: "expires on June 1 2023", "until: 21 October 2020", "SEND APPEALS BEFORE 16 AUGUST 2017". */
export function deadlineIn(text: string): string | undefined {
  const found = new RegExp(String.raw`(?:expires?\s+on|until|before|deadline[^:\n]{0,60}:)\s*(?::\s*)?(${DATE_PATTERN})`, 'i').exec(text);
  return found ? parseDate(found[1]!) : undefined;
}

/** The date of issue: "Date: 19 July 2016", "Issue Date: …". */
export function issuedIn(text: string): string | undefined {
  const found = new RegExp(String.raw`\b(?:Issue\s+)?Date:\s*(${DATE_PATTERN})`, 'i').exec(text);
  return found ? parseDate(found[1]!) : undefined;
}
