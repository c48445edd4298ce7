/**
 * The importer's public entry (`urgent-action/importer`): Urgent Action documents in (plain text, web pages, PDFs; one
 * or a whole series), a case object and warnings out. No DOM: used by the command line and by the builder page.
 */
export { importUrgentAction, INPUT_LIMITS, type DocumentExtras, type ImportResult } from './parse-ua-text.js';
export { importSeries, type SeriesDocument } from './series.js';
export { formatOf, MAX_FILE_BYTES, readDocument, type DocumentFile, type DocumentFormat } from './documents.js';
export { htmlToText, type PageText } from './html.js';
export type { PdfOptions } from './pdf.js';
