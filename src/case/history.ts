/** The appeal's series of documents as a reader meets it: when it last moved on, and whether that was after they acted. */
import { localDate } from './format.js';
import type { HistoryEntry } from './schema.js';

/**
 * The date of the latest dated entry, when the history has more than one: a single document is the appeal as first
 * issued, not a development of it.
 */
export function lastUpdated(history: readonly HistoryEntry[] = []): string | undefined {
  if (history.length < 2) return undefined;
  return history.reduce<string | undefined>((latest, { date }) => (date && !(latest && latest >= date) ? date : latest), undefined);
}

/**
 * The latest entry, when the appeal moved on after the reader last acted (`actedAt`, an ISO timestamp): dated on a
 * later day of their calendar. On the same day they may well have acted on it.
 */
export function newSinceActed(history: readonly HistoryEntry[] | undefined, actedAt: string | undefined): HistoryEntry | undefined {
  const updated = lastUpdated(history);
  return updated && actedAt && localDate(new Date(actedAt)) < updated ? history!.at(-1) : undefined;
}
