/**
 * The builder's import worker (dist/builder-worker.js): imports off the page's thread, so no document can freeze the
 * page, and the page can stop an import that takes too long. pdf.js's own worker script is the file the build puts
 * next to this one.
 */
import type { DocumentFile } from '../importer/index.js';
import { buildCase, buildCaseFromFiles, type BuiltCase } from './case-input.js';

export type ImportRequest = { id: number; text: string } | { id: number; files: DocumentFile[] };
export type ImportReply = { id: number; built: BuiltCase };

// A name, not a literal: the bundler would otherwise try to resolve the file at build time.
const PDF_WORKER = 'pdf.worker.min.mjs';

addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  let built: BuiltCase;
  try {
    built =
      'text' in request
        ? buildCase(request.text)
        : await buildCaseFromFiles(request.files, { workerSrc: new URL(PDF_WORKER, import.meta.url).href });
  } catch (error) {
    built = { data: undefined, warnings: [`The importer failed: ${(error as Error).message}`], valid: false };
  }
  postMessage({ id: request.id, built } satisfies ImportReply);
});
