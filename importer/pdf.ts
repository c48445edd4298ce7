/**
 * A PDF's text through pdf.js (Mozilla's reader, legacy build: it runs in Node and in every browser engine), with
 * each piece's position for `layoutText`. In Node pdf.js finds its worker itself; a browser page passes the address
 * of `pdf.worker.min.mjs` (the build copies it next to the builder's script).
 */
import { layoutText, type PdfPage, type TextPiece } from './pdf-layout.js';

/** Reading stops here: an appeal is two to four pages. */
const MAX_PAGES = 50;

export interface PdfOptions {
  /** Address of pdf.js's worker script, for browsers. */
  workerSrc?: string;
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>['getPage']>>;
type TextItem = Awaited<ReturnType<Page['getTextContent']>>['items'][number];

/** A page's text items, read from pdf.js's stream by hand: `getTextContent` iterates it with `for await`, which not every engine's streams support. */
async function textItems(page: Page): Promise<TextItem[]> {
  const reader = page.streamTextContent().getReader();
  const items: TextItem[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return items;
    items.push(...(value as { items: TextItem[] }).items);
  }
}

/** The text of a PDF, laid out for the importer. Rejects with a clear message for a file that is not a readable PDF. */
export async function pdfToText(data: Uint8Array, { workerSrc }: PdfOptions = {}): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  // pdf.js takes ownership of the buffer it is given (and refuses a Node Buffer): hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  try {
    const document = await task.promise.catch((error: Error) => {
      throw new Error(`This file could not be read as a PDF (${error.message}).`);
    });
    const pages: PdfPage[] = [];
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const pieces: TextPiece[] = [];
      for (const item of await textItems(page)) {
        if (!('str' in item) || !item.str) continue;
        const [, , c, d, x, y] = item.transform as number[];
        pieces.push({ text: item.str, x: x!, y: y!, width: item.width, height: item.height || Math.hypot(c!, d!) });
      }
      pages.push({ width, height, pieces });
    }
    const text = layoutText(pages);
    if (!text.trim()) throw new Error('This PDF has no text (a scanned image?): the importer reads text, not pictures.');
    return text;
  } finally {
    await task.destroy();
  }
}
