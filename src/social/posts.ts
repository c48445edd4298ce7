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

function graphemes(text: string): string[] {
  return typeof Intl.Segmenter === 'function' ? Array.from(new Intl.Segmenter().segment(text), (part) => part.segment) : Array.from(text);
}

const codePointWeight = (char: string) => {
  const code = char.codePointAt(0)!;
  return X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
};

/** The length of `text` as X counts it against its 280 limit. */
export function xLength(text: string): number {
  let length = 0;
  const words = text.normalize('NFC').replace(LINK, () => {
    length += X_URL_WEIGHT;
    return '';
  });
  // Without emoji, grapheme clusters change nothing (their code points are summed either way), and the page is spared
  // building an `Intl.Segmenter`, which is slow the first time on a phone.
  const units = EMOJI.test(words) ? graphemes(words) : Array.from(words);
  for (const unit of units) {
    length += EMOJI.test(unit) ? 2 : Array.from(unit).reduce((sum, char) => sum + codePointWeight(char), 0);
  }
  return length;
}

/** `text`, then `link`, with `text` shortened to end in "…" where X would refuse the whole. */
export function fitPost(text: string, link = ''): string {
  const tail = link ? ` ${link}` : '';
  if (xLength(text + tail) <= X_LIMIT) return text + tail;
  const kept = graphemes(text);
  const shortened = () => `${kept.join('').trimEnd()}…${tail}`;
  while (kept.length && xLength(shortened()) > X_LIMIT) kept.pop();
  return shortened();
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
