import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { parseCase } from '../src/case/parse.js';
import { LIMITS } from '../src/case/schema.js';
import type { UrgentActionErrorEvent } from '../src/events.js';
import { $, $$, captureConsoleErrors, renderFromSrc, seedCase, text } from './support/helpers.js';

describe('limits on untrusted cases', () => {
  it('names each cap that a case goes over, for the author', async () => {
    const c = await seedCase();
    c.title = 'x'.repeat(LIMITS.shortText + 1);
    c.country = '   ';
    c.summary = Array(LIMITS.paragraphs + 1).fill('A paragraph.');
    c.letter.body = ['y'.repeat(LIMITS.paragraph + 1)];
    c.people = Array(LIMITS.people + 1).fill(c.people[0]);
    c.targets[0].address = Array(LIMITS.addressLines + 1).fill('A street');
    c.$schema = `https://example.org/${'s'.repeat(2_000)}`;
    c.targets[1].email = [`${'a'.repeat(250)}@example.org`];
    const issuesOf = (data: unknown) => {
      const result = parseCase(data);
      return Object.fromEntries((result.ok ? [] : result.issues).map((i) => [i.path, i.message]));
    };
    expect(issuesOf(c)).to.deep.equal({
      title: 'must be at most 300 characters',
      country: 'must not be empty',
      summary: 'must have at most 50 items',
      'letter.body.0': 'must be at most 5000 characters',
      people: 'must have at most 500 items',
      'targets.0.address': 'must have at most 10 items',
      $schema: 'must be at most 2000 characters',
      'targets.1.email.0': 'must be at most 254 characters',
    });
    const tooManyTargets = await seedCase();
    tooManyTargets.targets = Array(LIMITS.targets + 1).fill(tooManyTargets.targets[0]);
    expect(issuesOf(tooManyTargets)).to.deep.equal({ targets: `must have at most ${LIMITS.targets} items` });
  });

  it('shows the reader a short message for a case over a cap, and the author every cap in the console', async () => {
    const c = await seedCase();
    c.people = Array(LIMITS.people + 1).fill(c.people[0]);
    const el = document.createElement('urgent-action');
    const failed = oneEvent(el, 'urgent-action-error') as Promise<UrgentActionErrorEvent>;
    const logged = await captureConsoleErrors(async () => {
      el.case = c;
      await fixture(html`<div>${el}</div>`);
      await failed;
      await el.updateComplete;
    });
    expect(logged.join('\n')).to.contain('people: must have at most 500 items');
    expect(text($(el, '[role="alert"]'))).to.contain('contain a mistake');
  });

  it('renders a case of about 1 MB at the caps (500 people, 50 targets) without freezing the page', async function () {
    this.timeout(30_000);
    const el = await renderFromSrc('/test-api/large-case');
    expect($$(el, 'tbody tr')).to.have.length(500);
    expect($$(el, '[part~="target"]')).to.have.length(50);
    expect(text($(el, 'tbody tr:last-child .person-name'))).to.equal('Person 499');
    // The page still paints afterwards.
    await new Promise(requestAnimationFrame);
  });
});
