/**
 * Clean-up for text pasted from a web page or converted from PDF or Word: what is left is one trimmed line per line
 * of the document, blank lines between blocks, without page numbers, repeated page headers and footers, bullets,
 * ligatures or invisible characters. Pure.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Every kind of space, tab and vertical tab as one space: later patterns then never meet a long run of spaces. */
const SPACES = /[\s\p{Zs}]+/gu;
/** Line breaks, Unicode's own (U+2028, U+2029, NEL) included; a form feed stays: it marks a page. */
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl' };
// Bullets, including the private-use glyphs Word's symbol fonts leave in PDF text.
const BULLET = /^[•●▪◦‣∙·*\uF0A7\uF0B7\uF0D8\uF076-]\s+/;
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,3}\s*(?:(?:of|\/)\s*\d{1,3})?\s*[-–]?$/i;

function cleanLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .replace(/[ﬀﬁﬂﬃﬄ]/g, (ligature) => LIGATURES[ligature]!)
    .replace(SPACES, ' ')
    .trim();
}

/** The first and last two lines of each page: where running headers and footers sit. */
function pageEdges(page: string[]): string[] {
  const filled = page.filter(Boolean);
  return [...new Set([...filled.slice(0, 2), ...filled.slice(-2)])];
}

/**
 * Document lines, cleaned. A line that repeats at the edge of two or more pages (form feeds mark pages), or anywhere
 * three or more times, is page furniture: its first occurrence stays (a footer's moves to the end, out of the text
 * that runs on over the page break), the repeats go. `keep` exempts lines that repeat for a reason (contact lines of
 * several targets). A bulleted line starts a paragraph of its own.
 */
export function cleanLines(text: string, keep: (line: string) => boolean = () => false): string[] {
  const pages = text
    .replace(LINE_BREAK, '\n')
    .split('\f')
    .map((page) =>
      page.split('\n').flatMap((raw) => {
        const line = cleanLine(raw);
        if (PAGE_NUMBER.test(line)) return [];
        return BULLET.test(line) ? ['', line.replace(BULLET, '')] : [line];
      }),
    );
  const edgeCounts = new Map<string, number>();
  for (const page of pages) for (const line of pageEdges(page)) edgeCounts.set(line, (edgeCounts.get(line) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const line of pages.flat()) counts.set(line, (counts.get(line) ?? 0) + 1);
  const furniture = (line: string) =>
    line !== '' && line.length < 100 && !keep(line) && ((edgeCounts.get(line) ?? 0) >= 2 || (counts.get(line) ?? 0) >= 3);

  const seen = new Set<string>();
  const footers: string[] = [];
  const lines: string[] = [];
  pages.forEach((page, index) => {
    const bottom = index < pages.length - 1 ? page.filter(Boolean).slice(-2) : [];
    const filtered = page.filter((line) => {
      if (!furniture(line)) return true;
      if (seen.has(line)) return false;
      seen.add(line);
      if (!bottom.includes(line)) return true;
      footers.push(line);
      return false;
    });
    const first = filtered.findIndex((line) => line !== '');
    const kept = first < 0 ? [] : filtered.slice(first);
    // A paragraph that runs on over the page break ("… the court" / "ignored her …") stays one paragraph.
    const runsOn = /[\p{L},;]$/u.test(lines[lines.length - 1] ?? '') && /^\p{Ll}/u.test(kept[0] ?? '');
    if (lines.length && !runsOn) lines.push('');
    for (const line of kept) if (line !== '' || (lines.length && lines[lines.length - 1] !== '')) lines.push(line);
    while (lines[lines.length - 1] === '') lines.pop();
  });
  return footers.length ? [...lines, '', ...footers] : lines;
}

/** Lines of wrapped text as one string; a line broken after a hyphen ("co-" / "defendants") is joined without a space. */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && !/\p{L}-$/u.test(lines[i - 1]!)) parts.push(' ');
    parts.push(line);
  });
  return parts.join('');
}

/**
 * A block of lines (no blank lines inside) as paragraphs. Long lines are paragraphs already (web text); short ones
 * were wrapped (PDF text), and a wrapped paragraph ends at a line that stops well short of the others with a full stop.
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const longest = Math.max(0, ...lines.map((line) => line.length));
  if (longest > 120) return lines.filter(Boolean);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (/[.!?:"”]$/.test(line) && line.length < longest * 0.75) {
      paragraphs.push(joinLines(current));
      current = [];
    }
  }
  if (current.length) paragraphs.push(joinLines(current));
  return paragraphs;
}

/** Splits lines at blank lines into blocks, each remembered with the index of its first line. */
export function blocksOf(lines: readonly string[], from = 0, to = lines.length): { start: number; lines: string[] }[] {
  const blocks: { start: number; lines: string[] }[] = [];
  for (let i = from; i < to; i++) {
    if (lines[i] === '') continue;
    const last = blocks[blocks.length - 1];
    if (last && last.start + last.lines.length === i) last.lines.push(lines[i]!);
    else blocks.push({ start: i, lines: [lines[i]!] });
  }
  return blocks;
}

/** Paragraphs of the lines between `from` and `to`. */
export function paragraphsBetween(lines: readonly string[], from: number, to: number): string[] {
  return blocksOf(lines, from, to).flatMap((block) => toParagraphs(block.lines));
}
