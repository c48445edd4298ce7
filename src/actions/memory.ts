/**
 * What the reader did, remembered per case in localStorage so the report step can prefill "1 e-mail, 1 fax". Never
 * sent anywhere by itself, and forgotten after `REMEMBER_DAYS`: on a shared device it would show which appeals
 * someone acted on. Storage can be missing or refused (private modes, sandboxed frames): then it's a no-op.
 *
 * This module alone reads and writes that storage. Two others tell it what happened: the letter's actions record
 * what the reader did (`recordAction`), and the report queue marks what was reported (`markReported`). Expired
 * actions are forgotten here, on the page's first use of the memory.
 */
import { storage } from '../browser/storage.js';
import type { ActionType } from '../case/schema.js';

/** Actions a reader can take and report. `write` is a posted letter; `copy` is not reported on its own. */
export type TakenActionType = Exclude<ActionType, 'write'> | 'postal' | 'copy' | 'share';

export interface TakenAction {
  type: TakenActionType;
  /** Index of the target in the case, when the action was aimed at one. */
  target?: number;
  /** ISO timestamp. */
  at: string;
  /** Sent in a report: no longer offered for the next one, but still when the reader last acted. */
  reported?: true;
}

/** How long stored actions and reports are kept. */
export const REMEMBER_DAYS = 14;
const REMEMBER_MS = REMEMBER_DAYS * 86_400_000;
/** Actions kept per case (the latest), and cases kept (those acted on last). */
export const MAX_ACTIONS = 100;
export const MAX_CASES = 20;

const PREFIX = 'urgent-action:';
const SUFFIX = ':actions';
const key = (caseId: string) => `${PREFIX}${caseId}${SUFFIX}`;

/** Whether the ISO timestamp `at` is at most `REMEMBER_DAYS` away from `now` (a bad date never is). */
export const isRecent = (at: string, now: number) => Math.abs(now - Date.parse(at)) <= REMEMBER_MS;

/** The actions of `stored` worth keeping at `now`: well-formed, recent, and the latest `MAX_ACTIONS`. */
export function recentActions(stored: unknown, now: number): TakenAction[] {
  if (!Array.isArray(stored)) return [];
  return (stored as TakenAction[])
    .filter((a) => typeof a?.type === 'string' && typeof a.at === 'string' && isRecent(a.at, now))
    .slice(-MAX_ACTIONS);
}

function parse(text: string | null | undefined): unknown {
  try {
    return JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
}

function store(caseId: string, actions: TakenAction[]): void {
  try {
    if (actions.length) storage()?.setItem(key(caseId), JSON.stringify(actions));
    else storage()?.removeItem(key(caseId));
  } catch {
    // Full or refused: the actions are still returned for this visit.
  }
}

/** Whether this page has forgotten the expired actions of every case yet. */
let swept = false;

/** Every recent action stored for the case, reported ones included. */
function readStored(caseId: string, now: number): TakenAction[] {
  if (!swept) {
    swept = true;
    forgetExpiredActions(now);
  }
  return recentActions(parse(storage()?.getItem(key(caseId))), now);
}

/** The actions not yet reported. */
export function readActions(caseId: string, now = Date.now()): TakenAction[] {
  return readStored(caseId, now).filter((a) => !a.reported);
}

/** When the reader last acted on the case on this device, reported or not (within `REMEMBER_DAYS`). */
export function lastActedAt(caseId: string, now = Date.now()): string | undefined {
  return readStored(caseId, now).reduce<string | undefined>((last, a) => (last && last > a.at ? last : a.at), undefined);
}

export function recordAction(caseId: string, action: Omit<TakenAction, 'at'>, at = new Date()): TakenAction[] {
  const actions = [...readStored(caseId, at.getTime()), { ...action, at: at.toISOString() }].slice(-MAX_ACTIONS);
  forgetExpiredActions(at.getTime(), caseId);
  store(caseId, actions);
  return actions.filter((a) => !a.reported);
}

/**
 * Marks the actions of a case reported: those taken at or before `until` (an ISO timestamp, the time of the report),
 * or all of them. They leave the next report, and stay only as the date of the reader's last action, until they expire.
 */
export function markReported(caseId: string, until?: string): void {
  const now = Date.now();
  store(
    caseId,
    readStored(caseId, now).map((a) => (until === undefined || a.at <= until ? { ...a, reported: true as const } : a)),
  );
}

/**
 * Rewrites the stored actions of every case (but `keep`) without the expired ones, and forgets the cases acted on
 * longest ago beyond `MAX_CASES` (counting `keep`).
 */
export function forgetExpiredActions(now = Date.now(), keep?: string): void {
  const local = storage();
  if (!local) return;
  const cases: { caseId: string; stored: unknown; actions: TakenAction[] }[] = [];
  for (let i = 0; i < local.length; i++) {
    const name = local.key(i);
    if (!name?.startsWith(PREFIX) || !name.endsWith(SUFFIX) || name === (keep && key(keep))) continue;
    const stored = parse(local.getItem(name));
    cases.push({ caseId: name.slice(PREFIX.length, -SUFFIX.length), stored, actions: recentActions(stored, now) });
  }
  const last = (actions: TakenAction[]) => actions.at(-1)?.at ?? '';
  cases.sort((a, b) => (last(a.actions) < last(b.actions) ? 1 : -1));
  cases.forEach(({ caseId, stored, actions }, rank) => {
    if (rank >= MAX_CASES - (keep ? 1 : 0)) store(caseId, []);
    else if (!Array.isArray(stored) || actions.length !== stored.length) store(caseId, actions);
  });
}
