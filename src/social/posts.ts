/** Posts and share links: pure, including the length of a post as X counts it. */
import { composeUrl } from '../letter/mailto.js';

export const X_LIMIT = 280;

// twitter-text v3: every link counts 23; code points in these ranges count 1, all others 2; an emoji counts 2
// however many code points it is made of.
const X_URL_WEIGHT = 23;
const X_LIGHT_RANGES = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
] as const;
const LINK = /https?:\/\/\S+/g;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Fitted posts by text and link: a card renders again at each copy on it, and its post doesn't change. */
const FITTED_CACHE = 256;
const fitted = new Map<string, string>();

let segmenter: Intl.Segmenter | undefined;

/** One `Intl.Segmenter` for the page, built the first time text is cut or has emoji: it is costly to build. */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

const codePointWeight = (char: string) => {
  const code = char.codePointAt(0)!;
  return X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
};

/** X's weight of one grapheme: 2 for an emoji however many code points it is made of, else the sum of its code points. */
const graphemeWeight = (unit: string) => (EMOJI.test(unit) ? 2 : Array.from(unit).reduce((sum, char) => sum + codePointWeight(char), 0));

/** The length of `text` as X counts it against its 280 limit. */
export function xLength(text: string): number {
  let length = 0;
  const words = text.normalize('NFC').replace(LINK, () => {
    length += X_URL_WEIGHT;
    return '';
  });
  // Without emoji, grapheme clusters change nothing (their code points are summed either way), and the page is spared
  // building an `Intl.Segmenter`.
  for (const unit of EMOJI.test(words) ? graphemes(words) : Array.from(words)) length += graphemeWeight(unit);
  return length;
}

/**
 * `text` as the pieces a post may be cut between, each with its weight as X counts it: a link is one piece (cut, it
 * would still count as a link), anything else one grapheme.
 */
function pieces(text: string): { piece: string; weight: number }[] {
  const found: { piece: string; weight: number }[] = [];
  let from = 0;
  const words = (until: number) => {
    for (const piece of graphemes(text.slice(from, until))) found.push({ piece, weight: graphemeWeight(piece) });
  };
  for (const link of text.matchAll(LINK)) {
    words(link.index);
    found.push({ piece: link[0], weight: X_URL_WEIGHT });
    from = link.index + link[0].length;
  }
  words(text.length);
  return found;
}

/** `text`, then `link`, with `text` shortened to end in "…" where X would refuse the whole. */
export function fitPost(text: string, link = ''): string {
  const cacheKey = `${text}\u0000${link}`;
  let post = fitted.get(cacheKey);
  if (post === undefined) {
    if (fitted.size >= FITTED_CACHE) fitted.clear();
    post = cut(text, link ? ` ${link}` : '');
    fitted.set(cacheKey, post);
  }
  return post;
}

function cut(text: string, tail: string): string {
  // Without emoji the length needs no segmenter, and most posts fit.
  if (!EMOJI.test(text) && xLength(text + tail) <= X_LIMIT) return text + tail;
  const parts = pieces(text.normalize('NFC'));
  // weights[i]: the weight of the first i pieces, rising with i, so the longest prefix within the budget is found by
  // binary search; the last is the weight of the whole text.
  const weights = [0];
  for (const { weight } of parts) weights.push(weights.at(-1)! + weight);
  if (weights.at(-1)! + xLength(tail) <= X_LIMIT) return text + tail;
  const budget = X_LIMIT - xLength(`…${tail}`);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (weights[middle]! <= budget) low = middle;
    else high = middle - 1;
  }
  const kept = parts
    .slice(0, low)
    .map(({ piece }) => piece)
    .join('');
  return `${kept.trimEnd()}…${tail}`;
}

/** X's compose page with `text` filled in. */
export function xPostUrl(text: string): string {
  return `https://x.com/intent/tweet?text=${encodeURIComponent(text)}`;
}

/** Links that share the appeal at `url`, for browsers without the Web Share API. */
export function shareLinks(url: string, title: string): { network: 'x' | 'facebook' | 'email'; url: string }[] {
  return [
    { network: 'x', url: xPostUrl(fitPost(title, url)) },
    { network: 'facebook', url: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
    { network: 'email', url: composeUrl('app', { to: [], subject: title, body: url }) },
  ];
}
