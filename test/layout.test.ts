import { expect } from '@open-wc/testing';
import { $$, renderFromSrc } from './support/helpers.js';

/** Where the content of `box` is drawn: a stretched box can be much taller than its text. A button's edge is its border. */
function contentRect(box: Element): DOMRect {
  if (box.matches('.button')) return box.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(box);
  return range.getBoundingClientRect();
}

/**
 * The largest space between the content of one box and the next below it, among `boxes` laid out top to bottom
 * (side-by-side boxes, such as a label and its value, don't count).
 */
function largestGap(boxes: Element[]): number {
  const rects = boxes.map(contentRect).filter((rect) => rect.height > 0);
  let largest = 0;
  for (let i = 1; i < rects.length; i++) {
    const gap = rects[i]!.top - rects[i - 1]!.bottom;
    if (gap > 0) largest = Math.max(largest, gap);
  }
  return largest;
}

// The widget lays itself out by its own width (container queries): a desktop article column, where two cards of
// different heights sit side by side (the demo page's), and a phone.
for (const width of [768, 390]) {
  describe(`Target cards in a ${width} px column`, () => {
    it('keep their rows together, without empty bands, even beside a taller card', async () => {
      const el = await renderFromSrc();
      el.parentElement!.style.inlineSize = `${width}px`;
      await new Promise(requestAnimationFrame);
      const cards = $$(el, '[part="target"]');
      expect(cards.length).to.equal(2);
      for (const card of cards) {
        const rows = [...card.children].flatMap((child) => (child.matches('dl') ? [...child.children] : [child]));
        // The card's own gap is half the spacing unit (8 px); a band is several times that.
        expect(largestGap(rows), `gap between rows of ${card.querySelector('.target-name')!.textContent}`).to.be.below(17);
      }
    });
  });
}
