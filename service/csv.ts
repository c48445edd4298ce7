/** The export as CSV: one row per action, so a spreadsheet sums any column without unpacking anything. */
import type { StoredReport } from './store.js';

const COLUMNS = ['received', 'at', 'case', 'ua', 'key', 'origin', 'widget', 'type', 'target', 'count'] as const;
const PERSONAL = ['name', 'email', 'country'] as const;

/**
 * One field, quoted when needed. A text starting with `=`, `+`, `-`, `@` or a control character gets a leading `'`,
 * so a spreadsheet shows a reader's "=HYPERLINK(...)" as text instead of running it.
 */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* reportsCsv(reports: AsyncIterable<StoredReport>, personal: boolean): AsyncGenerator<string> {
  const header = personal ? [...COLUMNS, ...PERSONAL] : COLUMNS;
  yield header.join(',') + '\r\n';
  for await (const report of reports) {
    let rows = '';
    for (const action of report.actions) {
      const fields = [
        report.received,
        report.at,
        report.case,
        report.ua,
        report.key,
        report.origin,
        report.widget,
        action.type,
        action.target,
        action.count,
      ];
      if (personal) fields.push(...PERSONAL.map((field) => report.reporter?.[field]));
      rows += fields.map(csvField).join(',') + '\r\n';
    }
    yield rows;
  }
}
