/**
 * Contact lines of a target ("Phone: 202 298 5700 I Fax: 202 298 5735", "Emails: a@b.org, c@d.org",
 * "Twitter: @RusEmbUSA", "Salutation: Dear Ambassador") as values. Pure.
 */
import { SOCIAL_NETWORKS, type SocialNetwork } from '../src/urls.js';

export type ContactField = 'fax' | 'phone' | 'email' | SocialNetwork | 'salutation';

const LABELS: [RegExp, ContactField][] = [
  [/^fax$/i, 'fax'],
  [/^(?:tel|telephone|phone|mobile|cell)$/i, 'phone'],
  [/^e-?mails?$/i, 'email'],
  [/^(?:twitter|x)$/i, 'x'],
  [/^facebook$/i, 'facebook'],
  [/^instagram$/i, 'instagram'],
  [/^salutation$/i, 'salutation'],
];
const LABEL_WORDS = String.raw`fax|tel|telephone|phone|mobile|cell|e-?mails?|twitter|facebook|instagram|salutation`;
/** A label where a contact line starts ("Fax." and "X:" only there) … */
const LINE_START = new RegExp(String.raw`^(?:${LABEL_WORDS}|x)\s*(?::|\.(?=\s))`, 'i');
/** … and where the next contact on the same line starts, after a separator (" I ", "|", "/", ",", ";" or a space). */
// "Fax." takes a space after its full stop, so that "twitter.com" in a URL is not a label.
const LABEL_ANYWHERE = new RegExp(String.raw`(?:^|(?<=[\s|,;/]))(${LABEL_WORDS}|x)\s*(?::|\.(?=\s))\s*`, 'gi');

/** What the source page put where it hid an e-mail address ("[email protected]", "[email&#160;protected]"). */
export const HIDDEN_EMAIL = /\[\s*email(?:&#160;|\s)*protected\s*\]/gi;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i;

/** True for a line of nothing but e-mail addresses (hidden ones too), checked word by word. */
function isOnlyEmails(line: string): boolean {
  const words = line
    .replace(HIDDEN_EMAIL, ' hidden@email ')
    .split(/[\s,;]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => word.indexOf('@') > 0 && word.indexOf('@') < word.length - 1);
}

/** True for a line that holds contacts: it starts with a contact label, or is nothing but e-mail addresses. */
export function isContactLine(line: string): boolean {
  return LINE_START.test(line) || isOnlyEmails(line);
}

export interface ContactValues {
  fax: string[];
  phone: string[];
  email: string[];
  social: Partial<Record<SocialNetwork, string>>;
  salutation?: string;
  hiddenEmails: number;
  problems: string[];
}

export const emptyContacts = (): ContactValues => ({ fax: [], phone: [], email: [], social: {}, hiddenEmails: 0, problems: [] });

/** "202 298 5700 I " → "202 298 5700": the separator before the next label belongs to neither value. */
function withoutTrailingSeparator(value: string): string {
  const words = value.trim().split(/\s+/);
  while (words.length && /^(?:[I|/]|[,;|/]+)$/.test(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/[,;|/]+$/, '');
}

/** Where each contact label on `line` starts. */
export function contactLabelsIn(line: string): number[] {
  return [...line.matchAll(LABEL_ANYWHERE)].map((label) => label.index);
}

/** The labelled parts of one line: [field, value] pairs; a line of bare e-mail addresses continues `previous`. */
export function splitContactLine(line: string, previous: ContactField = 'email'): [ContactField, string][] {
  const labels = [...line.matchAll(LABEL_ANYWHERE)];
  if (!labels.length || labels[0]!.index !== 0) return [[previous, line]];
  return labels.map((label, i) => {
    const field = LABELS.find(([pattern]) => pattern.test(label[1]!))![1];
    const end = labels[i + 1]?.index ?? line.length;
    // The separator before the next label (" I ", " |", " /", ",") belongs to neither value.
    return [field, withoutTrailingSeparator(line.slice(label.index! + label[0].length, end))];
  });
}

/**
 * The number in a piece of a contact line: from its first digit or "(" (with a "+" just before) to its last digit or
 * ")", over digits, spaces, brackets, dots and dashes. Found run by run, so that no input makes it search again.
 */
function numberIn(piece: string): string | undefined {
  for (const [run] of piece.matchAll(/\+?[0-9 ().-]+/g)) {
    const start = run.search(/[0-9(]/);
    const end = Math.max(run.lastIndexOf(')'), ...[...'0123456789'].map((digit) => run.lastIndexOf(digit)));
    if (start < 0 || end <= start) continue;
    return (start === 1 && run[0] === '+' ? '+' : '') + run.slice(start, end + 1).trim();
  }
  return undefined;
}

/** "202 298 5700 I 202 298 5701", "+7 495 1 / +7 495 2", "…, …": each number as printed. */
export function phoneNumbers(value: string): string[] {
  const pieces = value.split(/\s+I\s+|\s*[|,;]\s*|\s+or\s+|\s*\/\s*/);
  const numbers: string[] = [];
  for (const piece of pieces) {
    const found = numberIn(piece);
    if (!found) continue;
    // "…10 20/21": a short piece after a slash is an alternative ending of the number before it.
    if (numbers.length && found.replace(/\D/g, '').length < 6) numbers[numbers.length - 1] += `/${found}`;
    else numbers.push(found.replace(/^\((?=[^)]*$)/, ''));
  }
  return numbers;
}

/** "@RusEmbUSA", "https://twitter.com/RusEmbUSA", "facebook.com/RusEmbUSA/" → "@RusEmbUSA"; anything else → undefined. */
export function socialHandle(network: SocialNetwork, value: string): string | undefined {
  const token = value.trim().split(/\s+/)[0] ?? '';
  const fromUrl = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:twitter|x|facebook|instagram)\.com\/([^/?#\s]+)/i.exec(token)?.[1];
  const handle = '@' + (fromUrl ?? token).replace(/^@/, '');
  return SOCIAL_NETWORKS[network].pattern.test(handle) ? handle : undefined;
}

/** Adds one contact line's values to `into`; returns the field the line ended with, for continuation lines. */
export function addContactLine(into: ContactValues, line: string, previous?: ContactField): ContactField {
  let last: ContactField = previous ?? 'email';
  for (const [field, value] of splitContactLine(line, previous)) {
    last = field;
    if (field === 'fax' || field === 'phone') {
      const numbers = phoneNumbers(value);
      if (!numbers.length && value) into.problems.push(`"${value}" is not a ${field} number`);
      into[field].push(...numbers);
    } else if (field === 'email') {
      into.hiddenEmails += value.match(HIDDEN_EMAIL)?.length ?? 0;
      for (const token of value.replace(HIDDEN_EMAIL, ' ').split(/[\s,;|/]+/)) {
        const address = token.replace(/^[<(]|[>).]$/g, '');
        if (EMAIL.test(address)) into.email.push(address);
        else if (address.includes('@')) into.problems.push(`"${address}" is not an e-mail address`);
      }
    } else if (field === 'salutation') {
      into.salutation = value.replace(/[,:]$/, '').trim() || undefined;
    } else {
      const handles = value.split(/\s*(?:[,;|]|\s\/\s|\sI\s|\sor\s)\s*/).filter(Boolean);
      const handle = handles[0] && socialHandle(field, handles[0]);
      if (handle) into.social[field] ??= handle;
      else if (handles[0]) into.problems.push(`"${handles[0]}" is not a ${SOCIAL_NETWORKS[field].label} handle`);
      if (handles.length > 1) into.problems.push(`only the first ${SOCIAL_NETWORKS[field].label} account is kept`);
    }
  }
  return last;
}
