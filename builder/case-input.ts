/**
 * What the builder makes of its input: pasted text or case JSON, or files (PDF, web page, text; several for an
 * appeal's series) → a case with warnings. Runs in the import worker (import-worker.ts), never on the page's thread.
 */
import { formatIssues, parseCase } from '../src/case/parse.js';
import { importSeries, importUrgentAction, readDocument, type DocumentFile, type PdfOptions } from '../importer/index.js';

export interface BuiltCase {
  /** The case, as far as it could be made; undefined when JSON input does not parse or the input was refused. */
  data: Record<string, unknown> | undefined;
  /** One line each: importer warnings, or `path: message` for each schema problem. */
  warnings: string[];
  valid: boolean;
}

const checked = (data: Record<string, unknown>, warnings: string[]): BuiltCase => ({ data, warnings, valid: parseCase(data).ok });

/** Case JSON is checked against the schema; anything else is imported as Urgent Action text. */
export function buildCase(input: string): BuiltCase {
  const trimmed = input.trim();
  if (!trimmed.startsWith('{')) {
    const imported = importUrgentAction(input);
    if (imported.error) return { data: undefined, warnings: [imported.error], valid: false };
    return checked(imported.case, imported.warnings);
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { data: undefined, warnings: [`(root): not JSON: ${(error as Error).message}`], valid: false };
  }
  const parsed = parseCase(data);
  return { data, warnings: parsed.ok ? [] : formatIssues(parsed.issues).split('\n'), valid: parsed.ok };
}

/** Files of one appeal (in any order and mix of formats) → one case. A file that cannot be read is named. */
export async function buildCaseFromFiles(files: readonly DocumentFile[], pdf: PdfOptions): Promise<BuiltCase> {
  const documents = [];
  for (const file of files) {
    try {
      documents.push(await readDocument(file, pdf));
    } catch (error) {
      return { data: undefined, warnings: [`${file.name}: ${(error as Error).message}`], valid: false };
    }
  }
  const imported = importSeries(documents);
  if (imported.error) return { data: undefined, warnings: imported.error.split('\n'), valid: false };
  return checked(imported.case, imported.warnings);
}
