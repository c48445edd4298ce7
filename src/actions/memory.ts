/**
 * What the reader did, remembered per case in localStorage so the report step can prefill "1 e-mail, 1 fax". Never
 * sent anywhere by itself. Storage can be missing or refused (private modes, sandboxed frames): then it's a no-op.
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
}

const key = (caseId: string) => `urgent-action:${caseId}:actions`;

export function readActions(caseId: string): TakenAction[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(key(caseId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as TakenAction[]).filter((a) => a && typeof a.type === 'string') : [];
  } catch {
    return [];
  }
}

export function recordAction(caseId: string, action: Omit<TakenAction, 'at'>, at = new Date()): TakenAction[] {
  const actions = [...readActions(caseId), { ...action, at: at.toISOString() }];
  try {
    storage()?.setItem(key(caseId), JSON.stringify(actions));
  } catch {
    // Full or refused: the actions are still returned for this visit.
  }
  return actions;
}

/** Forgets the actions of a case, once they have been reported. */
export function clearActions(caseId: string): void {
  try {
    storage()?.removeItem(key(caseId));
  } catch {
    // Nothing to forget where nothing could be stored.
  }
}
