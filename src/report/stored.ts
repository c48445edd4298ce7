/** Where the delivery queue keeps reports not yet delivered, and a check cheap enough for the first render's chunk. */
import { storage } from '../browser/storage.js';

export const REPORTS_STORAGE_KEY = 'urgent-action:reports';

/** Whether this browser holds a report still waiting to be delivered (then the queue is loaded to send it). */
export function hasStoredReports(): boolean {
  try {
    return Boolean(storage()?.getItem(REPORTS_STORAGE_KEY));
  } catch {
    return false;
  }
}
