import { expect } from '@open-wc/testing';
import { loadFixturePage } from './helpers.js';

describe('dist/urgent-action.js in a bare page', () => {
  it('shows the whole appeal from one script tag, even when the tag appears twice, and logs no error', async () => {
    const { win } = await loadFixturePage('/test/fixtures/bare.html');
    const root = win.document.querySelector('urgent-action')!.shadowRoot!;
    const content = root.textContent!.replace(/\s+/g, ' ');
    for (const fact of [
      '126.19',
      'Conviction of Crimeans Must be Quashed',
      'Valeriy Georgievich Petrov',
      'Anatoly Antonov',
      '+7 (495) 693-13-60',
      '202 298 5700',
      '2650 Wisconsin Ave. NW',
      '@RusEmbUSA',
      'Dear Ambassador',
      'Dear Chief Military Prosecutor,',
      'Yours sincerely,',
      'Copy letter',
      'Report your action',
    ]) {
      expect(content).to.contain(fact);
    }
    expect(root.querySelectorAll('tbody tr').length).to.equal(6);
    expect(win.__errors).to.deep.equal([]);
  });
});
