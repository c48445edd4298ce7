import { expect } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';

/** Loads a fixture page in an iframe and resolves with its window once the widget has shown its case. */
async function loadPage(path: string): Promise<Window & { __errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = path;
  document.body.append(frame);
  const win = frame.contentWindow as Window & { __errors: string[] };
  for (let waited = 0; waited < 8000; waited += 50) {
    const el = win.document?.querySelector('urgent-action') as UrgentActionElement | null;
    if (el?.caseData) {
      await el.updateComplete;
      return win;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the widget on ${path} never showed its case`);
}

describe('dist/urgent-action.js in a bare page', () => {
  it('shows the whole appeal from one script tag, even when the tag appears twice, and logs no error', async () => {
    const win = await loadPage('/test/fixtures/bare.html');
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
