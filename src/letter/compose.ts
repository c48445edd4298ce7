/** Letter composition: pure, so every rule can be tested without a browser. */
import type { Letter } from '../case/schema.js';

/**
 * "Dear Ambassador" → "Dear Ambassador,"; Arabic script takes the Arabic comma. A salutation that already ends in
 * punctuation ("Señor Embajador:") is kept as written.
 */
export function greetingFor(salutation: string): string {
  const trimmed = salutation.trim();
  if (/[,:;!.،]$/.test(trimmed)) return trimmed;
  return trimmed + (/[\u0600-\u06ff]/.test(trimmed) ? '،' : ',');
}

/** The editable part of the sample letter: its paragraphs, separated by blank lines. */
export function sampleBody(letter: Letter | undefined): string {
  return letter?.body.join('\n\n') ?? '';
}

export interface LetterParts {
  salutation: string;
  body: string;
  closing: string;
  /** The reader's name; the letter is left unsigned when empty. */
  signer?: string;
  /** Optional city and country, written under the name. */
  place?: string;
}

/** The whole letter as plain text, exactly as the reader sees it: greeting, body, closing, signature. */
export function composeLetter({ salutation, body, closing, signer = '', place = '' }: LetterParts): string {
  const signature = [signer.trim(), place.trim()].filter(Boolean).join('\n');
  const closingBlock = signature ? `${closing.trim()}\n${signature}` : closing.trim();
  return [greetingFor(salutation), body.trim(), closingBlock].filter(Boolean).join('\n\n');
}

/** What to say on the phone: the case's own script, else `intro` followed by the letter's first sentence. */
export function callScript(intro: string, letter: Letter | undefined, script?: string): string {
  if (script) return script;
  const opening = letter?.body[0];
  if (!opening) return intro;
  return `${intro} ${/^[^]*?[.!?。](?=\s|$)/u.exec(opening)?.[0] ?? opening}`;
}
