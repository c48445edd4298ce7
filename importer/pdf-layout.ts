/**
 * A PDF's text pieces with their positions → the document's text, ordered as a reader reads it. Layout decides:
 * pieces at one height make a line; a gutter that most lines of a page leave empty splits it into two columns,
 * read left then right; a line at the same place on two or more pages (its digits aside) is a running header or
 * footer, kept once at the end (a footer often carries the UA number, country and date); page numbers go; a gap
 * wider than a line starts a new paragraph. Pure: pdf.ts feeds it from pdf.js.
 */

/** One piece of text: where it starts (x, y from the page's bottom left), its width and font height. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  pieces: TextPiece[];
}

interface Line {
  y: number;
  x0: number;
  x1: number;
  height: number;
  pieces: TextPiece[];
  text: string;
}

/** "3", "Page 2 of 4", "- 2 -", "2/4". */
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,3}\s*(?:(?:of|\/)\s*\d{1,3})?\s*[-–]?$/i;

function lineText(pieces: readonly TextPiece[]): string {
  let text = '';
  let end = -Infinity;
  for (const piece of pieces) {
    // A gap wider than a quarter of the font's height is a space the PDF did not write as a character.
    const gap = piece.x - end > piece.height * 0.25;
    if (text && gap && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Pieces at one height (within half the font's height) as lines, top to bottom, each read left to right. */
function linesOf(pieces: readonly TextPiece[]): Line[] {
  const sorted = pieces.filter((p) => p.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= Math.max(line.height, piece.height) * 0.5) line.pieces.push(piece);
    else lines.push({ y: piece.y, x0: 0, x1: 0, height: piece.height, pieces: [piece], text: '' });
  }
  for (const line of lines) {
    line.pieces.sort((a, b) => a.x - b.x);
    line.x0 = line.pieces[0]!.x;
    line.x1 = Math.max(...line.pieces.map((p) => p.x + p.width));
    line.height = Math.max(...line.pieces.map((p) => p.height));
    line.text = lineText(line.pieces);
  }
  return lines;
}

/**
 * The x of a gutter between two columns: in the page's middle half, a band that at least a third of the lines have
 * text on both sides of and at least four in five leave empty. Undefined for one column.
 */
function gutterOf(lines: readonly Line[], width: number): number | undefined {
  if (lines.length < 6) return undefined;
  const step = width / 100;
  let best: { x: number; split: number; open: number } | undefined;
  for (let x = width * 0.25; x <= width * 0.75; x += step) {
    const split = lines.filter(
      (line) =>
        line.pieces.some((p) => p.x + p.width < x - step) &&
        line.pieces.some((p) => p.x > x + step) &&
        line.pieces.every((p) => p.x + p.width < x - step || p.x > x + step),
    ).length;
    const open = lines.filter((line) => line.pieces.every((p) => p.x + p.width < x - step || p.x > x + step)).length;
    // The band most lines leave open (then the one most lines have text on both sides of) is the gutter's middle.
    const better = !best || open > best.open || (open === best.open && split > best.split);
    if (split >= lines.length / 3 && open >= lines.length * 0.8 && better) best = { x, split, open };
  }
  return best?.x;
}

/** A page's lines in reading order: full-width lines as they come, and between them the left column, then the right. */
function readingOrder(page: PdfPage): Line[] {
  const lines = linesOf(page.pieces);
  const gutter = gutterOf(lines, page.width);
  if (gutter === undefined) return lines;
  const ordered: Line[] = [];
  let left: TextPiece[] = [];
  let right: TextPiece[] = [];
  const flush = () => {
    ordered.push(...linesOf(left), ...linesOf(right));
    left = [];
    right = [];
  };
  for (const line of lines) {
    const crosses = line.pieces.some((p) => p.x < gutter && p.x + p.width > gutter);
    if (crosses) {
      flush();
      ordered.push(line);
    } else {
      for (const piece of line.pieces) (piece.x + piece.width <= gutter ? left : right).push(piece);
    }
  }
  flush();
  return ordered;
}

/** Where a line sits and what it says, digits aside: the same on two pages means a running header or footer. */
const furnitureKey = (line: Line) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#')}`;

/** The document's text: lines, a blank line between paragraphs, running headers and footers once at the end. */
export function layoutText(pages: readonly PdfPage[]): string {
  const ordered = pages.map(readingOrder);
  const pagesWith = new Map<string, number>();
  for (const lines of ordered) for (const key of new Set(lines.map(furnitureKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const out: string[] = [];
  const furniture: string[] = [];
  ordered.forEach((lines, index) => {
    const margin = pages[index]!.height * 0.1;
    let previous: Line | undefined;
    for (const line of lines) {
      const inMargin = line.y > pages[index]!.height - margin || line.y < margin;
      if (inMargin && PAGE_NUMBER.test(line.text)) continue;
      if ((pagesWith.get(furnitureKey(line)) ?? 0) >= 2) {
        if (!furniture.includes(line.text)) furniture.push(line.text);
        continue;
      }
      // A gap wider than one and a half lines (or a jump up, to the next column) starts a paragraph.
      const gap = previous ? previous.y - line.y : 0;
      if (previous && (gap > Math.max(previous.height, line.height) * 1.8 || gap < 0)) out.push('');
      out.push(line.text);
      previous = line;
    }
  });
  return [...out, ...(furniture.length ? ['', ...furniture] : [])].join('\n');
}
