/** The sample letter: from its greeting to its closing ("Yours sincerely,"). Pure. */
import { isClosing, isGreeting, labelOf } from './sections.js';
import { paragraphsBetween } from './text.js';

export interface FoundLetter {
  /** "Dear Chief Military Prosecutor" (without the comma). */
  greeting?: string;
  body: string[];
  closing?: string;
  /** Index of the letter's first line. */
  start: number;
  /** Index after its last line. */
  end: number;
}

/**
 * The letter that starts at the first greeting followed by text (or at `fallbackStart`, the line after an
 * "URGENT ACTION LETTER:" label, when there is no greeting), up to its closing. Without a closing (a truncated
 * document) the letter runs to the next label or the end, and `closing` is undefined.
 */
export function findLetter(lines: readonly string[], fallbackStart?: number): FoundLetter | undefined {
  const greetingAt = lines.findIndex((line, i) => isGreeting(line) && Boolean(lines[i + 1] || lines[i + 2]));
  const start = greetingAt >= 0 ? greetingAt : fallbackStart;
  if (start === undefined) return undefined;
  const bodyStart = greetingAt >= 0 ? start + 1 : start;
  let end = bodyStart;
  while (end < lines.length && !isClosing(lines[end]!) && !(end > bodyStart && labelOf(lines[end]!))) end++;
  const closing = end < lines.length && isClosing(lines[end]!) ? lines[end] : undefined;
  return {
    greeting: greetingAt >= 0 ? lines[greetingAt]!.replace(/[,:]$/, '').trim() : undefined,
    body: paragraphsBetween(lines, bodyStart, end),
    closing,
    start,
    end: closing ? end + 1 : end,
  };
}
