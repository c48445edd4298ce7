/**
 * Files as case authors hold them (a PDF, a saved web page, plain text) → documents the importer reads. The format
 * comes from the file's first bytes, then its name. PDF reading loads pdf.js only when a PDF comes.
 */
import { htmlToText } from './html.js';
import { INPUT_LIMITS } from './parse-ua-text.js';
import type { PdfOptions } from './pdf.js';
import type { SeriesDocument } from './series.js';

export interface DocumentFile {
  name: string;
  bytes: Uint8Array;
}

export type DocumentFormat = 'pdf' | 'html' | 'text';

/** A file larger than this is not opened. */
export const MAX_FILE_BYTES = 10_000_000;

const startsWith = (bytes: Uint8Array, text: string) => [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

export function formatOf({ name, bytes }: DocumentFile): DocumentFormat {
  if (startsWith(bytes, '%PDF-') || /\.pdf$/i.test(name)) return 'pdf';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/\.x?html?$/i.test(name) || /^<(?:!doctype html|html|head|body|meta|article|main|div|p)\b/.test(head)) return 'html';
  return 'text';
}

/** The document in a file, as text with what its format adds. Rejects with a message an author can act on. */
export async function readDocument(file: DocumentFile, pdf: PdfOptions = {}): Promise<SeriesDocument> {
  if (file.bytes.length > MAX_FILE_BYTES) {
    throw new Error(
      `${file.name} is ${(file.bytes.length / 1e6).toFixed(1)} MB; the importer opens files of at most ${MAX_FILE_BYTES / 1e6} MB.`,
    );
  }
  const format = formatOf(file);
  if (format === 'pdf') {
    const { pdfToText } = await import('./pdf.js');
    return { name: file.name, text: await pdfToText(file.bytes, pdf) };
  }
  const text = new TextDecoder().decode(file.bytes);
  if (format === 'text') return { name: file.name, text };
  // A page's markup is several times its text: its text, not its markup, is held to the importer's limit.
  if (text.length > INPUT_LIMITS.characters * 5) throw new Error(`${file.name} is too large a web page to read.`);
  return { name: file.name, ...htmlToText(text) };
}
