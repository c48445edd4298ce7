/** Facts about case data (names, roles, dates): pure, shared by the views and the letter tools, in no language. */
import type { Target, UrgentActionCase } from './schema.js';

/** "Ambassador, Embassy of the Russian Federation". */
export function targetRole(target: Target): string {
  return [target.title, target.organisation].filter(Boolean).join(', ');
}

/** "Anatoly Antonov (Ambassador)": how a target is named in a list of choices. */
export function targetLabel(target: Target): string {
  return target.title ? `${target.name} (${target.title})` : target.name;
}

/** `now` as YYYY-MM-DD in the reader's calendar. */
export function localDate(now = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Whether the appeal no longer asks for action: closed, successful, or past its deadline in the reader's calendar. */
export function hasEnded({ status, deadline }: Pick<UrgentActionCase, 'status' | 'deadline'>, now = new Date()): boolean {
  return status !== 'open' || (deadline !== undefined && deadline < localDate(now));
}
